import type { Figure } from "../schemas/case";
import type { Locale } from "../schemas/common";
import { NBSP, formatNumber, formatNumberRange, pickPlural } from "./number";

export type QuantityUnit = Figure["unit"];

/** A stated figure: one value, or a range when `max` is given. */
export interface Quantity {
  value: number;
  max?: number;
  unit: QuantityUnit;
  approximate?: boolean;
}

type UnitWords = { one: string; other: string };

/** Words written after the number. DKK is the exception in English, where the code comes first. */
const unitWords: Record<Locale, Record<Exclude<QuantityUnit, "count">, UnitWords>> = {
  da: {
    percent: { one: "%", other: "%" },
    minutes: { one: "min.", other: "min." },
    hours: { one: "time", other: "timer" },
    days: { one: "dag", other: "dage" },
    weeks: { one: "uge", other: "uger" },
    months: { one: "måned", other: "måneder" },
    dkk: { one: "kr.", other: "kr." },
    fte: { one: "årsværk", other: "årsværk" },
    times: { one: "gang", other: "gange" },
    km: { one: "km", other: "km" },
  },
  en: {
    percent: { one: "%", other: "%" },
    minutes: { one: "min", other: "min" },
    hours: { one: "hour", other: "hours" },
    days: { one: "day", other: "days" },
    weeks: { one: "week", other: "weeks" },
    months: { one: "month", other: "months" },
    dkk: { one: "DKK", other: "DKK" },
    fte: { one: "FTE", other: "FTE" },
    times: { one: "time", other: "times" },
    km: { one: "km", other: "km" },
  },
};

const approximately: Record<Locale, string> = { da: "ca.", en: "about" };

/**
 * Writes a figure as the language writes it: "ca. 400.000 kr.", "2.510.000–3.860.000 kr.",
 * "50 %", "5–6 årsværk" in Danish; "about DKK 400,000", "DKK 2,510,000–3,860,000", "50%",
 * "5–6 FTE" in English.
 */
export function formatQuantity(quantity: Quantity, locale: Locale): string {
  const { value, max, unit, approximate = false } = quantity;
  const hasRange = max !== undefined && max !== value;
  const number = hasRange ? formatNumberRange(value, max, locale) : formatNumber(value, locale);
  const text = attachUnit(number, hasRange ? max : value, unit, locale);
  return approximate ? `${approximately[locale]}${NBSP}${text}` : text;
}

function attachUnit(number: string, countedValue: number, unit: QuantityUnit, locale: Locale): string {
  if (unit === "count") return number;
  const word = pickPlural(countedValue, locale, unitWords[locale][unit]);
  if (unit === "dkk" && locale === "en") return `${word}${NBSP}${number}`;
  if (unit === "percent" && locale === "en") return `${number}${word}`;
  return `${number}${NBSP}${word}`;
}
