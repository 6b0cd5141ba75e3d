import { formatNumber } from "../format/number";
import type { Locale } from "../schemas/common";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { computeBusinessCase } from "./compute-business-case";
import { describePayback, formatKroner } from "./format-kroner";

/** The PDF report's business case section, as written text: the estimate's range, or nothing. */
export interface BusinessCaseReportSection {
  heading: string;
  basis: string;
  rows: { label: string; min: string; mostLikely: string; max: string }[];
  columns: { min: string; mostLikely: string; max: string };
  note: string;
  /** The results page's one sentence: the net present value's range and the payback time. */
  summary: string;
}

const texts = {
  heading: { da: "Business case: jeres eget skøn", en: "Business case: your own estimate" },
  basis: {
    da: (years: number, rate: string) =>
      `Over ${years} år med en diskonteringsrente på ${rate} %. Tallene er jeres egne skøn; katalogets cases er en reference, ikke et løfte.`,
    en: (years: number, rate: string) =>
      `Over ${years} years at a discount rate of ${rate} %. The figures are your own estimates; the catalogue's cases are a reference, not a promise.`,
  },
  npv: { da: "Nutidsværdi", en: "Net present value" },
  payback: { da: "Tilbagebetalingstid", en: "Payback time" },
  investment: { da: "Investering", en: "Investment" },
  min: { da: "Minimum", en: "Minimum" },
  mostLikely: { da: "Mest sandsynligt", en: "Most likely" },
  max: { da: "Maksimum", en: "Maximum" },
  never: {
    da: (years: number) => `ikke inden for ${years} år`,
    en: (years: number) => `not within ${years} years`,
  },
  months: { da: "mdr.", en: "months" },
  years: { da: "år", en: "years" },
  summary: {
    da: (years: number, min: string, max: string, mostLikely: string, payback: string) =>
      `Jeres eget skøn over ${years} år: nutidsværdi ${min} til ${max} (mest sandsynligt ${mostLikely}). Tilbagebetalingstid: ${payback}.`,
    en: (years: number, min: string, max: string, mostLikely: string, payback: string) =>
      `Your own estimate over ${years} years: net present value ${min} to ${max} (most likely ${mostLikely}). Payback: ${payback}.`,
  },
  range: {
    da: (min: string, max: string) => `${min} til ${max}`,
    en: (min: string, max: string) => `${min} to ${max}`,
  },
  monthsInWords: {
    da: (months: number, text: string) => `${text} ${months === 1 ? "måned" : "måneder"}`,
    en: (months: number, text: string) => `${text} ${months === 1 ? "month" : "months"}`,
  },
  note: {
    da: "Minimum regner alle udgifter højest og alle gevinster lavest, maksimum omvendt.",
    en: "The minimum takes every cost at its highest and every gain at its lowest; the maximum the reverse.",
  },
} as const;

/** The report's business case section for a document's estimate; null when it holds none. */
export function buildBusinessCaseReportSection(
  estimate: BusinessCaseEstimate | undefined,
  locale: Locale,
): BusinessCaseReportSection | null {
  if (!estimate) return null;
  const result = computeBusinessCase(estimate);
  const payback = (years: number | null) => {
    const text = describePayback(years, locale);
    if (text.unit === "never") return texts.never[locale](result.horizonYears);
    return text.unit === "months"
      ? `${text.months} ${texts.months[locale]}`
      : `${text.years} ${texts.years[locale]}`;
  };
  const kroner = (value: number) => formatKroner(value, locale);
  const rate = formatNumber(result.discountRatePercent, locale);
  // In the sentence, months are written out ("14 måneder"), as on the results page.
  const paybackInWords = (years: number | null) => {
    const text = describePayback(years, locale);
    return text.unit === "months"
      ? texts.monthsInWords[locale](text.months, formatNumber(text.months, locale))
      : payback(years);
  };
  const { paybackYears, netPresentValue } = result;
  return {
    summary: texts.summary[locale](
      result.horizonYears,
      kroner(netPresentValue.min),
      kroner(netPresentValue.max),
      kroner(netPresentValue.mostLikely),
      paybackYears.min === paybackYears.max
        ? paybackInWords(paybackYears.mostLikely)
        : texts.range[locale](paybackInWords(paybackYears.min), paybackInWords(paybackYears.max)),
    ),
    heading: texts.heading[locale],
    basis: texts.basis[locale](result.horizonYears, rate),
    columns: { min: texts.min[locale], mostLikely: texts.mostLikely[locale], max: texts.max[locale] },
    rows: [
      {
        label: texts.npv[locale],
        min: kroner(result.netPresentValue.min),
        mostLikely: kroner(result.netPresentValue.mostLikely),
        max: kroner(result.netPresentValue.max),
      },
      {
        label: texts.payback[locale],
        min: payback(result.paybackYears.min),
        mostLikely: payback(result.paybackYears.mostLikely),
        max: payback(result.paybackYears.max),
      },
      {
        label: texts.investment[locale],
        min: kroner(result.investment.min),
        mostLikely: kroner(result.investment.mostLikely),
        max: kroner(result.investment.max),
      },
    ],
    note: texts.note[locale],
  };
}
