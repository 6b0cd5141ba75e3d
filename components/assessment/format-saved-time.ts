import { formatCalendarDay } from "@/lib/format/date";
import type { Locale } from "@/lib/schemas/common";

const twoDigits = (value: number) => String(value).padStart(2, "0");

/**
 * A stored timestamp in the user's own time zone: "1. marts 2026 kl. 11.00" / "1 March 2026 at
 * 11:00" — Intl.DateTimeFormat's long date and short time for da-DK and en-GB, written out (see
 * formatCalendarDay for why; a test compares the two).
 */
export function formatSavedTime(iso: string, locale: Locale, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  const day = formatCalendarDay(
    { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() },
    locale,
  );
  if (!withTime) return day;
  const hours = twoDigits(date.getHours());
  const minutes = twoDigits(date.getMinutes());
  return locale === "da" ? `${day} kl. ${hours}.${minutes}` : `${day} at ${hours}:${minutes}`;
}
