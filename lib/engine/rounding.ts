/**
 * One rounding for every figure the engine shows: half up to one decimal. Scores, gains and
 * similarities all go through it, so a figure shown twice is the same figure.
 */
export function roundScore(value: number): number {
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

/** A score as text: "45,5" in Danish, "45.5" in English. */
export function formatScore(value: number, locale: "da" | "en"): string {
  const text = String(roundScore(value));
  return locale === "da" ? text.replace(".", ",") : text;
}
