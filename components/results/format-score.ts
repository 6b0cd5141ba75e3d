import { formatScore as formatWholeScore } from "@/lib/engine/rounding";
import type { Locale } from "@/lib/schemas/common";

/** A 0-100 score as a whole number, as the PDF and the CLI write it, or null when there is none. */
export function formatScore(score: number | null, locale: Locale): string | null {
  return score === null ? null : formatWholeScore(score, locale);
}
