/**
 * Run by `npm run build` after `next build` (scripts/build/after-next-build.ts).
 *
 * Drops the DKFDS rules no page can match from the built stylesheets. app/styles/dkfds.scss
 * compiles only the DKFDS partials the site uses, but a partial brings every variant of its
 * component: of the 103 kB stylesheet, the pages used about a sixth. The browser parses every rule
 * and checks many of them against every element while a page opens (20-40 ms of parsing and
 * 15-50 ms of style calculation per load on this project's machine, before Lighthouse's 4×
 * slowdown; docs/performance.md).
 *
 * A selector is dropped when it needs a DKFDS class (one that DKFDS's own stylesheet names) that
 * no source file of the site mentions. "Mentions" is generous, so that nothing used is lost:
 * - every word of every source file in app/, components/ and lib/ counts, in code, strings and
 *   comments alike;
 * - a word that ends in "-" is a prefix (`badge-${variant}` keeps every .badge-… class), and one
 *   that starts with "-" and a letter a suffix;
 * - classes inside :not(), :is(), :where(), :has() and other parentheses are not looked at (a
 *   rule with .button:not(.button-secondary) still applies to a .button);
 * - classes that are not DKFDS's (the site's own, CSS modules) are never a reason to drop;
 * - at-rules other than @media, @supports, @container and @layer (fonts, keyframes, page) stay
 *   as they are, and so does any rule this parser does not understand (nesting, escapes).
 * scripts/bench/compare-styles.ts compares every page's computed styles and screenshots with
 * those under DKFDS's complete stylesheet, with this step applied.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "./list-files";

export interface ClassWords {
  words: Set<string>;
  prefixes: string[];
  suffixes: string[];
}

export type ClassFilter = (className: string) => boolean;

/** The words of source texts: identifiers, strings and comments alike, split at anything else. */
export function readClassWords(sources: Iterable<string>): ClassWords {
  const words = new Set<string>();
  for (const source of sources) for (const word of source.match(/[\w-]+/g) ?? []) words.add(word);
  const all = [...words];
  return {
    words,
    prefixes: all.filter((word) => word.length > 2 && word.endsWith("-") && /^[a-zA-Z]/.test(word)),
    suffixes: all.filter((word) => word.length > 2 && /^-[a-zA-Z]/.test(word)),
  };
}

export function isMentioned({ words, prefixes, suffixes }: ClassWords, className: string): boolean {
  return (
    words.has(className) ||
    prefixes.some((prefix) => className.startsWith(prefix)) ||
    suffixes.some((suffix) => className.endsWith(suffix))
  );
}

/** The class names a stylesheet's selectors use (DKFDS's complete stylesheet, say). */
export function classesInStylesheet(css: string): Set<string> {
  const classes = new Set<string>();
  walk(stripComments(css), (selector) => {
    for (const name of classesOutsideParentheses(selector) ?? []) classes.add(name);
    return true;
  });
  return classes;
}

/**
 * The stylesheet without the selectors that need a class `keep` refuses; a rule without any
 * selector left goes, and so does an @media (or @supports …) left empty.
 */
export function pruneStylesheet(css: string, keep: ClassFilter): string {
  return walk(stripComments(css), (selector) => {
    const classes = classesOutsideParentheses(selector);
    return classes === null || classes.every(keep);
  });
}

function stripComments(css: string): string {
  let out = "";
  for (let index = 0; index < css.length;) {
    const char = css[index]!;
    if (char === '"' || char === "'") {
      const end = endOfString(css, index);
      out += css.slice(index, end);
      index = end;
    } else if (css.startsWith("/*", index)) {
      const end = css.indexOf("*/", index + 2);
      index = end < 0 ? css.length : end + 2;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

/** Index just past the string that starts at `start` (a quote). */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length && text[index] !== quote) index += text[index] === "\\" ? 2 : 1;
  return Math.min(index + 1, text.length);
}

/** The characters of the text from `from` on, with their index, skipping strings whole. */
function* codeCharacters(text: string, from: number): Generator<[char: string, index: number]> {
  for (let index = from; index < text.length;) {
    const char = text[index]!;
    if (char === '"' || char === "'") {
      index = endOfString(text, index);
      continue;
    }
    yield [char, index];
    index += 1;
  }
}

/** Index of the next `stop` character outside strings, parentheses and brackets (or -1). */
function findTopLevel(text: string, from: number, stops: string): number {
  let depth = 0;
  for (const [char, index] of codeCharacters(text, from)) {
    if (char === "(" || char === "[") depth += 1;
    else if (char === ")" || char === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0 && stops.includes(char)) return index;
  }
  return -1;
}

/** Index just past the block whose "{" is at `open` (or the text's end). */
function endOfBlock(text: string, open: number): number {
  let depth = 0;
  for (const [char, index] of codeCharacters(text, open)) {
    if (char === "{") depth += 1;
    else if (char === "}") {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return text.length;
}

const groupingAtRules = /^@(media|supports|container|layer)\b/i;

/**
 * Rewrites a list of rules, keeping the selectors `keepSelector` accepts. At-rules that group
 * rules are walked into; everything else it does not understand is copied as it is.
 */
function walk(css: string, keepSelector: (selector: string) => boolean): string {
  let out = "";
  let index = 0;
  while (index < css.length) {
    const stop = findTopLevel(css, index, "{;}");
    if (stop < 0) {
      out += css.slice(index);
      break;
    }
    if (css[stop] !== "{") {
      // A statement at-rule (@charset, @import, @layer a, b;) or a stray "}": copy it.
      out += css.slice(index, stop + 1);
      index = stop + 1;
      continue;
    }
    const prelude = css.slice(index, stop);
    const end = endOfBlock(css, stop);
    const body = css.slice(stop + 1, end - 1);
    const head = prelude.trim();
    if (head.startsWith("@")) {
      if (groupingAtRules.test(head)) {
        const inner = walk(body, keepSelector);
        if (inner.trim() !== "") out += `${prelude}{${inner}}`;
      } else out += css.slice(index, end);
    } else if (body.includes("{")) {
      out += css.slice(index, end); // nested rules: not ours to judge
    } else {
      const kept = splitSelectorList(prelude).filter((selector) => keepSelector(selector.trim()));
      if (kept.length > 0) out += `${kept.join(",")}{${body}}`;
    }
    index = end;
  }
  return out;
}

function splitSelectorList(prelude: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const comma = findTopLevel(prelude, from, ",");
    if (comma < 0) break;
    parts.push(prelude.slice(from, comma));
    from = comma + 1;
  }
  parts.push(prelude.slice(from));
  return parts;
}

/**
 * The classes a selector needs, leaving out whatever is inside parentheses, brackets or strings;
 * null when the selector has an escape, which this reading does not follow.
 */
function classesOutsideParentheses(selector: string): string[] | null {
  if (selector.includes("\\")) return null;
  let outside = "";
  let depth = 0;
  for (const [char] of codeCharacters(selector, 0)) {
    if (char === "(" || char === "[") depth += 1;
    else if (char === ")" || char === "]") depth = Math.max(0, depth - 1);
    outside += depth === 0 && char !== ")" && char !== "]" ? char : " ";
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

/** The words of the site's own sources: everything that can put a class on an element. */
export function readSiteClassWords(root: string): ClassWords {
  const isSource = (name: string) => /\.(tsx?|css|scss)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name);
  const files = ["app", "components", "lib"].flatMap((dir) => listFiles(join(root, dir), isSource));
  return readClassWords(files.map((file) => readFileSync(file, "utf8")));
}

/** Prunes every stylesheet of a build in place; returns the bytes before and after. */
export function pruneBuiltStylesheets(
  distDir: string,
  root: string,
): { files: number; before: number; after: number } {
  const dkfdsClasses = classesInStylesheet(
    readFileSync(join(root, "node_modules/dkfds/dist/css/dkfds.min.css"), "utf8"),
  );
  const words = readSiteClassWords(root);
  const keep: ClassFilter = (name) => !dkfdsClasses.has(name) || isMentioned(words, name);
  let before = 0;
  let after = 0;
  const files = listFiles(join(distDir, "static"), (name) => name.endsWith(".css"));
  for (const file of files) {
    const css = readFileSync(file, "utf8");
    const pruned = pruneStylesheet(css, keep);
    before += css.length;
    after += pruned.length;
    if (pruned !== css) writeFileSync(file, pruned);
  }
  return { files: files.length, before, after };
}
