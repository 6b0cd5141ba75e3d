import type { Locale } from "../schemas/common";

const monthNames: Record<Locale, readonly string[]> = {
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** A calendar day: month 0–11, as Date gives it. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * "28. november 2026" / "28 November 2026": the long date as Intl.DateTimeFormat writes it for
 * da-DK and en-GB (tests compare them), written out here because the browser's first
 * Intl.DateTimeFormat loads its locale data, 50–100 ms of a phone's main thread while the
 * results page opens.
 */
export function formatCalendarDay({ year, month, day }: CalendarDay, locale: Locale): string {
  const name = monthNames[locale][month];
  if (name === undefined) throw new RangeError(`not a month: ${month}`);
  return locale === "da" ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/** "28. november 2026" in Danish, "28 November 2026" in English, from an ISO date (YYYY-MM-DD). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${isoDate}`);
  return formatCalendarDay(
    { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() },
    locale,
  );
}
