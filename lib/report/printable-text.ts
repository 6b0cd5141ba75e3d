/** Printed in place of characters the typeface cannot draw. */
export const REPLACEMENT = "?";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Invisible format characters (zero-width joiners, direction marks, variation selectors). */
const invisible = /^[\p{Cf}\u{FE00}-\u{FE0F}]+$/u;
/**
 * Text in these characters needs no work: printable ASCII, Latin-1 and Latin Extended-A letters,
 * the line break, and the dashes, quotes and bullets the report's own texts use. The report font
 * draws them all.
 */
export const plainText =
  /^[\n\u0020-\u007E\u00A0-\u00AC\u00AE-\u017F\u2013\u2014\u2018-\u201A\u201C-\u201E\u2022\u2026]*$/;
/** A letter or digit: what a soft hyphen must stand between. */
const wordCharacter = /^[\p{L}\p{N}]$/u;
/** Control characters other than the line break. */
const control = /[\p{Cc}]/gu;

/**
 * Makes a text safe to print with a font: line breaks and tabs become what the layout knows
 * (a newline, a space), other control and invisible characters go, and each run of characters the
 * font lacks (an emoji, Arabic or Hebrew script) becomes one "?" rather than a box or garbage.
 * A soft hyphen is kept only between two letters or digits, where the layout can use it as a break
 * point; anywhere else (alone, at a line's start or end, in a run) it is dropped, as the layout
 * cannot measure a line made of nothing but a break point.
 */
export function makePrintable(
  text: string,
  hasGlyph: (codePoint: number) => boolean,
): { text: string; replaced: boolean } {
  if (plainText.test(text)) return { text, replaced: false };
  const cleaned = text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(control, (char) => (char === "\n" ? "\n" : ""))
    .replace(/\u00ad+/g, (run, at: number, whole: string) =>
      wordCharacter.test(whole.charAt(at - 1)) && wordCharacter.test(whole.charAt(at + run.length))
        ? "\u00ad"
        : "",
    );
  let out = "";
  let replaced = false;
  let previousReplaced = false;
  for (const { segment } of segmenter.segment(cleaned)) {
    if (segment === "\n" || segment === "\u00ad") {
      out += segment;
      previousReplaced = false;
      continue;
    }
    if (invisible.test(segment)) continue;
    const printable = Array.from(segment).every((char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      return hasGlyph(codePoint) || invisible.test(char);
    });
    if (printable) {
      out += segment;
      previousReplaced = false;
    } else {
      if (!previousReplaced) out += REPLACEMENT;
      replaced = true;
      previousReplaced = true;
    }
  }
  return { text: out, replaced };
}

/** A copy of a plain data object with `map` applied to every string in it. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, map);
    return copy as T;
  }
  return value;
}
