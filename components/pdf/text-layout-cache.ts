/** A run of text with its attributes, as react-pdf's text layout receives it. */
interface AttributedRun {
  start: number;
  end: number;
  attributes?: Record<string, unknown>;
}

/** The text of a react-pdf Text element: its string and the runs that style it. */
export interface AttributedString {
  string: string;
  runs: AttributedRun[];
}

/** The box react-pdf lays a text into. */
export interface TextContainer {
  x: number;
  y: number;
  width: number;
  height: number;
  maxLines?: number;
  truncateMode?: string;
  exclusions?: unknown[];
}

/** A laid-out line; its box is where it sits in the container. */
export interface LaidOutLine {
  box: { height: number };
}

/** react-pdf's text layout engine (textkit): a paragraph per line break, each a list of lines. */
export type TextLayoutEngine = (
  text: AttributedString,
  container: TextContainer,
  options: Record<string, unknown>,
) => LaidOutLine[][];

/** How many laid-out texts were reused and how many laid out anew. */
export interface TextLayoutCacheStatistics {
  hits: number;
  misses: number;
  /** Texts the cache does not keep: too long, clipped to a number of lines, or flowing around shapes. */
  passedBy: number;
  entries: number;
  characters: number;
}

/** A text layout that remembers what it laid out: react-pdf calls it in place of its own engine. */
export interface TextLayoutCache {
  layoutText(
    text: AttributedString,
    container: TextContainer,
    options: Record<string, unknown>,
    engine: TextLayoutEngine,
  ): LaidOutLine[][];
  statistics(): TextLayoutCacheStatistics;
  clear(): void;
}

/**
 * Characters of laid-out text the cache keeps, the least recently used dropped first. A report
 * of the examples lays out some 40,000 characters in about 900 texts (questions, options,
 * headings, case texts, the level scale, legal texts), most of them the same in every report.
 * The content's texts in both languages come to about 290,000 characters, of which the reports
 * use a part: the 12 example reports lay out 174,000 different characters. At 100,000 a sixth of
 * each report's texts fell out between reports; at 250,000 (about 60 MB of heap per report
 * thread when full) the product's own texts stay, and only a project's own title and notes are new.
 */
export const TEXT_LAYOUT_CACHE_CHARACTERS = 250_000;

/**
 * The longest text the cache keeps. Longer texts are a project's own descriptions and notes,
 * which come back only in a report of the same document.
 */
export const LONGEST_CACHED_TEXT = 2_000;

/**
 * Caches react-pdf's layout of a whole text element: the lines its paragraphs break into, with
 * their glyphs and positions. Every report lays out the same question texts, option labels,
 * headings and case texts again, twice (once to measure, once to place on its page), and the text
 * layout (script and font runs, shaping, line breaking) was about half of a report's time.
 *
 * The key is everything the layout depends on: the string, every attribute of every run (fonts
 * and functions, such as the hyphenation rule, by identity), the container's width and position
 * and the layout options. The container's height only decides whether the text fits: an entry is
 * laid out without a height limit and reused for any height it fits into, compared as textkit
 * does; a text that does not fit is laid out anew and not kept. The lines are frozen: react-pdf
 * reads them and builds new objects where it changes something, and a change to a shared line
 * would throw rather than alter another report.
 */
export function createTextLayoutCache(
  maxCharacters = TEXT_LAYOUT_CACHE_CHARACTERS,
  longestText = LONGEST_CACHED_TEXT,
): TextLayoutCache {
  const entries = new Map<string, { paragraphs: LaidOutLine[][]; characters: number }>();
  let characters = 0;
  let hits = 0;
  let misses = 0;
  let passedBy = 0;
  const describe = createDescriber();

  function layoutText(
    text: AttributedString,
    container: TextContainer,
    options: Record<string, unknown>,
    engine: TextLayoutEngine,
  ): LaidOutLine[][] {
    if (!isCacheable(text, container, longestText)) {
      passedBy += 1;
      return engine(text, container, options);
    }
    const { height, ...placement } = container;
    const key = describe([text.string, text.runs, placement, options]);
    const entry = entries.get(key);
    if (entry) {
      // Most recently used last: the Map keeps insertion order.
      entries.delete(key);
      entries.set(key, entry);
      if (!fits(entry.paragraphs, height)) return engine(text, container, options);
      hits += 1;
      return entry.paragraphs;
    }
    misses += 1;
    const paragraphs = deepFreeze(engine(text, { ...container, height: Infinity }, options));
    entries.set(key, { paragraphs, characters: text.string.length });
    characters += text.string.length;
    for (const [oldKey, old] of entries) {
      if (characters <= maxCharacters) break;
      entries.delete(oldKey);
      characters -= old.characters;
    }
    return fits(paragraphs, height) ? paragraphs : engine(text, container, options);
  }

  return {
    layoutText,
    statistics: () => ({ hits, misses, passedBy, entries: entries.size, characters }),
    clear: () => {
      entries.clear();
      characters = 0;
    },
  };
}

function isCacheable(text: AttributedString, container: TextContainer, longestText: number): boolean {
  return (
    text.string.length <= longestText &&
    container.maxLines == null &&
    container.truncateMode == null &&
    (container.exclusions?.length ?? 0) === 0
  );
}

/**
 * Whether paragraphs laid out without a height limit come out the same in a container of this
 * height: textkit keeps each paragraph whole while its lines' heights fit in what is left, and cuts
 * the text at the first that does not. The same sums in the same order give the same answer.
 */
function fits(paragraphs: readonly LaidOutLine[][], height: number): boolean {
  let left = height;
  for (const lines of paragraphs) {
    const linesHeight = lines.reduce((sum, line) => sum + line.box.height, 0);
    if (!(left >= linesHeight)) return false;
    left -= linesHeight;
  }
  return true;
}

/**
 * Describes a value as a string that differs whenever the value does: plain objects and arrays
 * by their contents, everything else (fonts, functions, images) by identity.
 */
function createDescriber(): (value: unknown) => string {
  const identities = new WeakMap<object, number>();
  const symbols = new Map<symbol, number>();
  let nextIdentity = 0;
  const identify = (value: object) => {
    let identity = identities.get(value);
    if (identity === undefined) {
      identity = ++nextIdentity;
      identities.set(value, identity);
    }
    return identity;
  };
  const describe = (value: unknown): string => {
    switch (typeof value) {
      case "string":
        return JSON.stringify(value);
      case "number":
      case "boolean":
      case "bigint":
        return String(value);
      case "undefined":
        return "u";
      case "symbol": {
        let identity = symbols.get(value);
        if (identity === undefined) symbols.set(value, (identity = ++nextIdentity));
        return `#${identity}`;
      }
      case "function":
        return `#${identify(value)}`;
    }
    if (value === null || value === undefined) return "n";
    if (Array.isArray(value)) return `[${value.map(describe).join(",")}]`;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return `#${identify(value)}`;
    const object = value as Record<string, unknown>;
    let description = "{";
    for (const name in object) description += `${JSON.stringify(name)}:${describe(object[name])},`;
    return `${description}}`;
  };
  return describe;
}

/** Freezes plain objects and arrays all the way down; fonts, glyphs and other instances stay as they are. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return value;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
  return value;
}
