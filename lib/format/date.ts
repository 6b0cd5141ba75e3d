import type { Locale } from "../schemas/common";
import { intlLocales } from "./number";

/** A calendar day: month 0–11, as Date gives it. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const longDates = new Map<Locale, Intl.DateTimeFormat>();

function longDate(locale: Locale): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    longDates.set(locale, format);
  }
  return format;
}

/** "28. november 2026" / "28 November 2026": a calendar day as a long date. */
export function formatCalendarDay({ year, month, day }: CalendarDay, locale: Locale): string {
  if (!Number.isInteger(month) || month < 0 || month > 11) throw new RangeError(`not a month: ${month}`);
  return longDate(locale).format(new Date(Date.UTC(year, month, day)));
}

/** "28. november 2026" in Danish, "28 November 2026" in English, from an ISO date (YYYY-MM-DD). */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${isoDate}`);
  return longDate(locale).format(date);
}
