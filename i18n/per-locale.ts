import type { Locale } from "@/lib/schemas/common";

/** `make` for each locale, computed on first use and kept for the life of the server process. */
export function memoizeByLocale<T extends object>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (!value) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
