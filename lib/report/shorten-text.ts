const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Shortens a text to at most `maxLength` characters, at a space when there is one in the last
 * fifth, and marks the cut with an ellipsis. Never cuts inside a character (an emoji, an accent).
 */
export function shortenText(text: string, maxLength: number): { text: string; shortened: boolean } {
  const graphemes = Array.from(segmenter.segment(text.trim()), (s) => s.segment);
  if (graphemes.length <= maxLength) return { text: text.trim(), shortened: false };
  const head = graphemes.slice(0, maxLength);
  const lastSpace = head.lastIndexOf(" ");
  const cut = lastSpace >= maxLength * 0.8 ? head.slice(0, lastSpace) : head;
  return { text: `${cut.join("").trimEnd()}…`, shortened: true };
}
