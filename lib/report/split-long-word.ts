/**
 * Words up to this many characters are never split. Danish compounds are long
 * ("databeskyttelsesrådgiver" has 24 letters) and read badly when cut, and they fit the report's
 * columns whole.
 */
export const MAX_UNSPLIT_LENGTH = 24;
/** Longest piece of a split word; short enough for the narrowest column of the report. */
export const MAX_PIECE_LENGTH = 10;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Characters after which a long word (a URL, a case number, a file name) breaks naturally. */
const naturalBreak = /[/\\\-_.,;:?&=+|)\]}]/;

/**
 * Cuts a word into the pieces a line may break between, for the PDF's text layout: short words
 * stay whole, long ones (a pasted URL, 200 letters without a space) break after punctuation or
 * every few characters, never inside a character such as an emoji or a letter with an accent.
 */
export function splitLongWord(word: string): string[] {
  // Called for every word at every layout pass: the common case must not touch the segmenter.
  if (word.length <= MAX_UNSPLIT_LENGTH) return [word];
  const graphemes = Array.from(segmenter.segment(word), (s) => s.segment);
  if (graphemes.length <= MAX_UNSPLIT_LENGTH) return [word];
  const pieces: string[] = [];
  let piece: string[] = [];
  for (const grapheme of graphemes) {
    piece.push(grapheme);
    if (naturalBreak.test(grapheme) || piece.length >= MAX_PIECE_LENGTH) {
      pieces.push(piece.join(""));
      piece = [];
    }
  }
  if (piece.length > 0) pieces.push(piece.join(""));
  return pieces;
}
