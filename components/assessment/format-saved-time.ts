import type { Locale } from "@/lib/schemas/common";

const intlLocales: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

/** A stored timestamp in the user's own time zone: "1. marts 2026 kl. 11.00" / "1 March 2026 at 11:00". */
export function formatSavedTime(iso: string, locale: Locale, withTime = true): string {
  return new Intl.DateTimeFormat(
    intlLocales[locale],
    withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" },
  ).format(new Date(iso));
}
