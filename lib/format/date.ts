import type { Locale } from "../schemas/common";

const intlLocales: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

/** "28. november 2026" in Danish, "28 November 2026" in English, from an ISO date (YYYY-MM-DD). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${isoDate}`);
  return new Intl.DateTimeFormat(intlLocales[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
