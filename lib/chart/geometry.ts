/** Shared pieces of the chart geometry: points, SVG paths and rounding. */
export interface Point {
  x: number;
  y: number;
}

/** Two decimals: enough for any screen or page, and stable in snapshots and tests. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A closed SVG path through the points ("M x y L x y … Z"). */
export function buildClosedPath(points: readonly Point[]): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points.map((p) => `${round(p.x)} ${round(p.y)}`);
  return [`M ${first}`, ...rest.map((p) => `L ${p}`), "Z"].join(" ");
}

/** Keeps a score inside 0-100; a missing score counts as 0 for drawing only. */
export function clampScore(score: number | null): number {
  if (score === null || Number.isNaN(score)) return 0;
  return Math.min(100, Math.max(0, score));
}

/**
 * Splits a label into lines of at most `maxChars` characters at spaces, so long axis labels
 * ("Juridiske overvejelser") fit on narrow screens and on the PDF page. A single long word
 * stays whole.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
