import type { Locale } from "../schemas/common";

/** A non-breaking space keeps a number and its unit on one line. */
export const NBSP = "\u00a0";
/** Ranges are written with an en dash in both languages ("5–6"). */
export const RANGE_DASH = "\u2013";

export const intlLocales: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Formats a number the way the language writes it: "2.510.000" and "1,5" in Danish,
 * "2,510,000" and "1.5" in English. At most two decimals; whole numbers stay whole.
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** "5–6" or "2.510.000–3.860.000": both ends in the language's number format. */
export function formatNumberRange(min: number, max: number, locale: Locale): string {
  return `${formatNumber(min, locale)}${RANGE_DASH}${formatNumber(max, locale)}`;
}

/** Picks a word's singular or plural form from the number it counts. */
export function pickPlural(value: number, locale: Locale, forms: { one: string; other: string }): string {
  const category = new Intl.PluralRules(intlLocales[locale]).select(value);
  return category === "one" ? forms.one : forms.other;
}
