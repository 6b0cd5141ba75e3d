import type { Locale } from "../schemas/common";

/** A non-breaking space keeps a number and its unit on one line. */
export const NBSP = "\u00a0";
/** Ranges are written with an en dash in both languages ("5–6"). */
export const RANGE_DASH = "\u2013";

const intlLocales: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

const separators: Record<Locale, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * `abs` × 100, rounded half away from zero, as a string of digits. It rounds the shortest decimal
 * that reads back as the number, as Intl.NumberFormat does (1.005 gives 101, not 100).
 */
function hundredths(abs: number): string {
  const [mantissa = "0", exponent = "0"] = abs.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  // The number is 0.d1d2d3… × 10^(exponent + 1): its whole part and two decimals are the first
  // exponent + 3 digits (none when it is below 0.01, which rounds to 0 or 0.01).
  const keep = Number(exponent) + 3;
  const kept = keep > 0 ? digits.padEnd(keep, "0").slice(0, keep) : "0";
  const next = keep >= 0 ? (digits[keep] ?? "0") : "0";
  const rounded = next >= "5" ? BigInt(kept) + BigInt(1) : BigInt(kept);
  return rounded.toString();
}

/**
 * Formats a number the way the language writes it: "2.510.000" and "1,5" in Danish,
 * "2,510,000" and "1.5" in English. At most two decimals; whole numbers stay whole.
 *
 * The same text as Intl.NumberFormat (a test compares them), written out here because the
 * browser's first Intl.NumberFormat loads its locale data: 50–100 ms of a phone's main thread on
 * the results page, before it can answer a tap.
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) {
    return new Intl.NumberFormat(intlLocales[locale], { maximumFractionDigits: 2 }).format(value);
  }
  const { group, decimal } = separators[locale];
  const scaled = hundredths(Math.abs(value)).padStart(3, "0");
  const whole = scaled.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, group);
  const fraction = scaled.slice(-2).replace(/0+$/, "");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${whole}${fraction ? decimal + fraction : ""}`;
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
