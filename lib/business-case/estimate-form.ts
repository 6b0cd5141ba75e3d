import { formatNumber } from "../format/number";
import type { Locale } from "../schemas/common";
import {
  businessCaseEstimateSchema,
  estimateLimits,
  investmentPhases,
  type BusinessCaseEstimate,
  type InvestmentPhase,
  type ThreePoint,
} from "@/lib/schemas/business-case-estimate";
import { parseLocaleNumber } from "./parse-number";

/** A three-point estimate as typed in the form. */
export interface ThreePointText {
  min: string;
  mostLikely: string;
  max: string;
}

/** The business case form's values: every number as the user typed it. */
export interface EstimateFormValues {
  investment: Record<InvestmentPhase, ThreePointText>;
  annualOperation: ThreePointText;
  gainKind: "time" | "amount";
  casesPerYear: ThreePointText;
  minutesPerCase: ThreePointText;
  hourlyCost: ThreePointText;
  amountPerYear: ThreePointText;
  firstYearPercent: string;
  fullFromYear: string;
  horizonYears: string;
  discountRatePercent: string;
}

export type EstimateIssueCode =
  | "required"
  | "notANumber"
  | "negative"
  | "tooLarge"
  | "notWhole"
  | "belowMin"
  | "belowMostLikely"
  | "percentRange"
  | "yearRange"
  | "firstYearMustBeFull"
  | "rateRange";

/** What is wrong with one field: its path in the form values and a message code. */
export interface EstimateIssue {
  path: string;
  code: EstimateIssueCode;
  /** The largest value allowed, for "tooLarge", "yearRange" and "rateRange". */
  max?: number;
}

export type EstimateFormResult =
  { ok: true; estimate: BusinessCaseEstimate } | { ok: false; issues: EstimateIssue[] };

const emptyPoint: ThreePointText = { min: "", mostLikely: "", max: "" };

function show(value: number | undefined, locale: Locale): string {
  return value === undefined ? "" : formatNumber(value, locale);
}

function showPoint(point: ThreePoint | undefined, locale: Locale): ThreePointText {
  if (!point) return emptyPoint;
  return {
    min: show(point.min, locale),
    mostLikely: show(point.mostLikely, locale),
    max: show(point.max, locale),
  };
}

/**
 * The form's first values: the stored estimate when there is one; otherwise empty fields, except
 * the horizon and discount rate (defaults with a source) and cases a year where the profile gives
 * a band.
 */
export function buildEstimateFormValues(
  estimate: BusinessCaseEstimate | undefined,
  defaults: {
    horizonYears: number;
    discountRatePercent: number;
    casesPerYear?: { min?: number; max?: number };
  },
  locale: Locale,
): EstimateFormValues {
  if (estimate) {
    const { gain } = estimate;
    return {
      investment: {
        trial: showPoint(estimate.investment.trial, locale),
        hardening: showPoint(estimate.investment.hardening, locale),
        implementation: showPoint(estimate.investment.implementation, locale),
      },
      annualOperation: showPoint(estimate.annualOperation, locale),
      gainKind: gain.kind,
      casesPerYear: showPoint(gain.kind === "time" ? gain.casesPerYear : undefined, locale),
      minutesPerCase: showPoint(gain.kind === "time" ? gain.minutesPerCase : undefined, locale),
      hourlyCost: showPoint(gain.kind === "time" ? gain.hourlyCost : undefined, locale),
      amountPerYear: showPoint(gain.kind === "amount" ? gain.amountPerYear : undefined, locale),
      firstYearPercent: show(estimate.realisation.firstYearPercent, locale),
      fullFromYear: show(estimate.realisation.fullFromYear, locale),
      horizonYears: show(estimate.horizonYears, locale),
      discountRatePercent: show(estimate.discountRatePercent, locale),
    };
  }
  const band = defaults.casesPerYear;
  return {
    investment: { trial: emptyPoint, hardening: emptyPoint, implementation: emptyPoint },
    annualOperation: emptyPoint,
    gainKind: "time",
    casesPerYear: { min: show(band?.min, locale), mostLikely: "", max: show(band?.max, locale) },
    minutesPerCase: emptyPoint,
    hourlyCost: emptyPoint,
    amountPerYear: emptyPoint,
    firstYearPercent: "",
    fullFromYear: "",
    horizonYears: show(defaults.horizonYears, locale),
    discountRatePercent: show(defaults.discountRatePercent, locale),
  };
}

/** Reads one number, adding an issue at `path` when it is missing, not a number or out of bounds. */
function readNumber(
  text: string,
  path: string,
  bounds: { max: number; whole?: boolean; rangeCode?: EstimateIssueCode; min?: number },
  locale: Locale,
  issues: EstimateIssue[],
): number | null {
  if (text.trim() === "") {
    issues.push({ path, code: "required" });
    return null;
  }
  const value = parseLocaleNumber(text, locale);
  if (value === null) {
    issues.push({ path, code: "notANumber" });
    return null;
  }
  const min = bounds.min ?? 0;
  if (bounds.rangeCode && (value < min || value > bounds.max)) {
    issues.push({ path, code: bounds.rangeCode, max: bounds.max });
    return null;
  }
  if (value < 0) {
    issues.push({ path, code: "negative" });
    return null;
  }
  if (value > bounds.max) {
    issues.push({ path, code: "tooLarge", max: bounds.max });
    return null;
  }
  if (bounds.whole && !Number.isInteger(value)) {
    issues.push({ path, code: "notWhole" });
    return null;
  }
  return value;
}

function readPoint(
  text: ThreePointText,
  path: string,
  max: number,
  locale: Locale,
  issues: EstimateIssue[],
): ThreePoint | null {
  const min = readNumber(text.min, `${path}.min`, { max }, locale, issues);
  const mostLikely = readNumber(text.mostLikely, `${path}.mostLikely`, { max }, locale, issues);
  const highest = readNumber(text.max, `${path}.max`, { max }, locale, issues);
  if (min === null || mostLikely === null || highest === null) return null;
  if (mostLikely < min) {
    issues.push({ path: `${path}.mostLikely`, code: "belowMin" });
    return null;
  }
  if (highest < mostLikely) {
    issues.push({ path: `${path}.max`, code: "belowMostLikely" });
    return null;
  }
  return { min, mostLikely, max: highest };
}

/**
 * Reads the form into an estimate, or lists every field that is wrong, each with a code for a
 * message in the user's language. Only the gain's chosen kind is read: the other kind's fields
 * may hold anything. The estimate is checked against the stored schema last, so that the form
 * can never save what the answers document would refuse.
 */
export function readEstimateForm(values: EstimateFormValues, locale: Locale): EstimateFormResult {
  const issues: EstimateIssue[] = [];
  const { maxAmount } = estimateLimits;
  const investment = Object.fromEntries(
    investmentPhases.map((phase) => [
      phase,
      readPoint(values.investment[phase], `investment.${phase}`, maxAmount, locale, issues),
    ]),
  ) as Record<InvestmentPhase, ThreePoint | null>;
  const annualOperation = readPoint(values.annualOperation, "annualOperation", maxAmount, locale, issues);
  const gain =
    values.gainKind === "amount"
      ? (() => {
          const amountPerYear = readPoint(values.amountPerYear, "amountPerYear", maxAmount, locale, issues);
          return amountPerYear && { kind: "amount" as const, amountPerYear };
        })()
      : (() => {
          const casesPerYear = readPoint(
            values.casesPerYear,
            "casesPerYear",
            estimateLimits.maxCasesPerYear,
            locale,
            issues,
          );
          const minutesPerCase = readPoint(
            values.minutesPerCase,
            "minutesPerCase",
            estimateLimits.maxMinutesPerCase,
            locale,
            issues,
          );
          const hourlyCost = readPoint(
            values.hourlyCost,
            "hourlyCost",
            estimateLimits.maxHourlyCost,
            locale,
            issues,
          );
          return casesPerYear && minutesPerCase && hourlyCost
            ? { kind: "time" as const, casesPerYear, minutesPerCase, hourlyCost }
            : null;
        })();
  const years = { max: estimateLimits.maxHorizonYears, whole: true, rangeCode: "yearRange" as const, min: 1 };
  const firstYearPercent = readNumber(
    values.firstYearPercent,
    "firstYearPercent",
    { max: 100, rangeCode: "percentRange" },
    locale,
    issues,
  );
  const fullFromYear = readNumber(values.fullFromYear, "fullFromYear", years, locale, issues);
  if (fullFromYear === 1 && firstYearPercent !== null && firstYearPercent !== 100) {
    issues.push({ path: "firstYearPercent", code: "firstYearMustBeFull" });
  }
  const horizonYears = readNumber(values.horizonYears, "horizonYears", years, locale, issues);
  const discountRatePercent = readNumber(
    values.discountRatePercent,
    "discountRatePercent",
    { max: estimateLimits.maxDiscountRatePercent, rangeCode: "rateRange" },
    locale,
    issues,
  );
  if (issues.length > 0) return { ok: false, issues };
  const parsed = businessCaseEstimateSchema.safeParse({
    investment,
    annualOperation,
    gain,
    realisation: { firstYearPercent, fullFromYear },
    horizonYears,
    discountRatePercent,
  });
  // Every rule of the schema is checked above with its own message; this is the last guard.
  if (!parsed.success) return { ok: false, issues: [{ path: "horizonYears", code: "notANumber" }] };
  return { ok: true, estimate: parsed.data };
}
