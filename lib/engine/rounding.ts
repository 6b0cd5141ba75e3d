/**
 * One rounding for every score and similarity the product shows: half up to a whole number. The
 * engine returns scores already rounded, and the web page, the PDF report and the CLI write them
 * with `formatScore`, so a figure shown twice is the same figure, and the readiness level is read
 * off the very number the user sees.
 */
export function roundScore(value: number): number {
  return Math.round(value);
}

/**
 * The improvement plan's effects (API only, never shown): one decimal, so that actions whose
 * effect is below a whole point can still be ranked.
 */
export function roundEffect(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Splits `total` whole units in proportion to `quotas` (largest remainder; ties go to the earlier
 * item). The parts sum to `total` exactly and a zero quota gets nothing, so shares rounded with it
 * add up to the figure they explain.
 */
export function apportion(quotas: readonly number[], total: number): number[] {
  const sum = quotas.reduce((acc, quota) => acc + quota, 0);
  if (sum <= 0 || total <= 0) return quotas.map(() => 0);
  // Snap float noise (2.9999999996) to the whole number it means before flooring.
  const exact = quotas.map((quota) => Math.round(((quota * total) / sum) * 1e9) / 1e9);
  const parts = exact.map((value) => Math.floor(value));
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .filter((item) => item.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** A score or similarity as text, always a whole number: "46" in both languages. */
export function formatScore(value: number, _locale: "da" | "en"): string {
  return String(roundScore(value));
}
