import commonDa from "@/content/messages/da/common.json";
import commonEn from "@/content/messages/en/common.json";
import { derivedFigures } from "@/content/business-case/derived-figures";
import { caseById } from "@/content/cases";
import type { BusinessCaseResult } from "@/lib/business-case/compute-business-case";
import { describePayback, formatKroner, formatKronerRange } from "@/lib/business-case/format-kroner";
import type { AssessmentResult } from "@/lib/engine/types";
import { formatEconomicAmount, formatNumber } from "@/lib/format";
import type { EconomicFigure } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";

const texts = {
  cases: {
    da: "Det viser sammenlignelige cases (som kataloget oplyser)",
    en: "What comparable cases show (as the catalogue states)",
  },
  investment: { da: "Investering", en: "Investment" },
  annualOperation: { da: "Årlig drift", en: "Yearly operation" },
  annualSaving: { da: "Årlig besparelse", en: "Yearly saving" },
  derived: { da: "Afledt (regnet her, ikke oplyst)", en: "Derived (worked out here, not stated)" },
  estimate: { da: "Jeres eget skøn (ikke et løfte)", en: "Your own estimate (not a promise)" },
  none: {
    da: "Dokumentet har intet skøn. Lav et på siden Første business case, og gem svarene som fil.",
    en: "The document holds no estimate. Make one on the First business case page and save the answers as a file.",
  },
  npv: { da: "Nutidsværdi", en: "Net present value" },
  payback: { da: "Tilbagebetalingstid", en: "Payback" },
  over: { da: "år, diskonteringsrente", en: "years, discount rate" },
  range: { da: "min. / mest sandsynligt / maks.", en: "min / most likely / max" },
  never: { da: "ikke inden for perioden", en: "not within the horizon" },
  months: { da: "mdr.", en: "months" },
  years: { da: "år", en: "years" },
  moves: { da: "Flytter resultatet mest", en: "Moves the result most" },
  about: { da: "ca.", en: "about" },
} as const;

/** The reasons a case gives no figure, worded as on the case page and the business case page. */
const reasons = { da: commonDa.economics.reasons, en: commonEn.economics.reasons };

function describeFigure(figure: EconomicFigure, locale: Locale): string {
  return (
    formatEconomicAmount(figure, locale) ??
    (figure.kind === "not-stated" ? reasons[locale][figure.reason] : "")
  );
}

function payback(years: number | null, locale: Locale): string {
  const text = describePayback(years, locale);
  if (text.unit === "never") return texts.never[locale];
  return text.unit === "months"
    ? `${text.months} ${texts.months[locale]}`
    : `${text.years} ${texts.years[locale]}`;
}

/** The closest cases' economics as stated, and the document's own estimate as ranges, for the terminal. */
export function formatBusinessCase(
  result: AssessmentResult,
  estimate: BusinessCaseResult | null,
  locale: Locale,
): string {
  const lines = [`${texts.cases[locale]}`];
  for (const match of result.matches.slice(0, 3)) {
    const study = caseById(match.caseId);
    lines.push(`  ${study.organisation[locale]}: ${study.title[locale]}`);
    for (const row of ["investment", "annualOperation", "annualSaving"] as const) {
      lines.push(`    ${texts[row][locale]}: ${describeFigure(study.economics[row], locale)}`);
    }
    if (study.economics.note) lines.push(`    ${study.economics.note[locale]}`);
    for (const figure of derivedFigures.filter((entry) => entry.caseId === study.id)) {
      const value = formatKronerRange(figure.value, figure.max, locale);
      lines.push(
        `    ${texts.derived[locale]}: ${figure.label[locale]}: ${value} = ${figure.formula[locale]}`,
      );
    }
  }
  lines.push("", texts.estimate[locale]);
  if (!estimate) {
    lines.push(`  ${texts.none[locale]}`);
    return `${lines.join("\n")}\n`;
  }
  const rate = formatNumber(estimate.discountRatePercent, locale);
  const { netPresentValue: npv, paybackYears } = estimate;
  lines.push(
    `  ${estimate.horizonYears} ${texts.over[locale]} ${rate} % (${texts.range[locale]})`,
    `  ${texts.npv[locale]}: ${[npv.min, npv.mostLikely, npv.max].map((value) => formatKroner(value, locale)).join(" / ")}`,
    `  ${texts.payback[locale]}: ${[paybackYears.min, paybackYears.mostLikely, paybackYears.max].map((years) => payback(years, locale)).join(" / ")}`,
  );
  const moves = estimate.sensitivity.slice(0, 3).map((item) => item.input);
  if (moves.length > 0) lines.push(`  ${texts.moves[locale]}: ${moves.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
