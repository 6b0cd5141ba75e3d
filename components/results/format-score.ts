import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";

/** A 0-100 score as the language writes it, or null when there is none. */
export function formatScore(score: number | null, locale: Locale): string | null {
  return score === null ? null : formatNumber(score, locale);
}
