/** A run of shaped glyphs as fontkit's `layout` returns it and react-pdf's text layout reads it. */
interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
}

/** The part of a fontkit font that shapes text. */
export interface ShapingFont {
  layout(text: unknown, ...options: unknown[]): GlyphRun;
}

export function isShapingFont(font: unknown): font is ShapingFont {
  return typeof (font as Partial<ShapingFont> | null)?.layout === "function";
}

/**
 * Characters of shaped text a font keeps, the least recently used dropped first. Every report
 * repeats the same questions, headings and case texts: the six examples in both languages shape
 * about 150,000 characters in all, 1,900 runs that come back some 40 times each.
 */
export const SHAPING_CACHE_CHARACTERS = 300_000;

/**
 * Makes a font remember how it shaped each run of text. Shaping (ligatures and kerning from the
 * font's OpenType tables) was the largest single cost of a report, a quarter of its time, and
 * react-pdf shapes every run anew in every report. The caller gets fresh arrays and position
 * objects each time, as from fontkit itself: react-pdf changes them in place as it lays out.
 * Returns a function that tells how many characters the cache holds.
 */
export function cacheShaping(font: ShapingFont, maxCharacters = SHAPING_CACHE_CHARACTERS): () => number {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  let characters = 0;
  font.layout = (text: unknown, ...options: unknown[]): GlyphRun => {
    if (typeof text !== "string" || text.length > maxCharacters) return shape(text, ...options);
    const key = `${JSON.stringify(options)}\u0000${text}`;
    let run = runs.get(key);
    if (run) {
      // Most recently used last: the Map keeps insertion order.
      runs.delete(key);
      runs.set(key, run);
    } else {
      run = shape(text, ...options);
      runs.set(key, run);
      characters += text.length;
      for (const oldKey of runs.keys()) {
        if (characters <= maxCharacters) break;
        runs.delete(oldKey);
        characters -= oldKey.length - oldKey.indexOf("\u0000") - 1;
      }
    }
    return { glyphs: [...run.glyphs], positions: run.positions.map((position) => ({ ...position })) };
  };
  // How many characters the cache holds now (for the memory benchmark).
  return () => characters;
}
