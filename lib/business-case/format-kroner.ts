import { NBSP, RANGE_DASH, formatNumber } from "../format/number";
import type { Locale } from "../schemas/common";

/** Kroner rounded to whole kroner, with a minus sign for a loss: "−400.000 kr.", "DKK −400,000". */
export function formatKroner(value: number, locale: Locale): string {
  const rounded = Math.round(value);
  const digits = formatNumber(Math.abs(rounded), locale);
  const signed = rounded < 0 ? `\u2212${digits}` : digits;
  return locale === "da" ? `${signed}${NBSP}kr.` : `DKK${NBSP}${signed}`;
}

/** An amount or a range of kroner, the unit written once: "1.070.000–2.420.000 kr.", "DKK 4,000". */
export function formatKronerRange(value: number, max: number | undefined, locale: Locale): string {
  if (max === undefined) return formatKroner(value, locale);
  const digits = `${formatNumber(Math.round(value), locale)}${RANGE_DASH}${formatNumber(Math.round(max), locale)}`;
  return locale === "da" ? `${digits}${NBSP}kr.` : `DKK${NBSP}${digits}`;
}

/** A payback time as the page words it: months under two years, years with one decimal above. */
export type PaybackText =
  { unit: "months"; months: number } | { unit: "years"; years: string } | { unit: "never" };

export function describePayback(years: number | null, locale: Locale): PaybackText {
  if (years === null) return { unit: "never" };
  if (years < 2) return { unit: "months", months: Math.round(years * 12) };
  return { unit: "years", years: formatNumber(Math.round(years * 10) / 10, locale) };
}
