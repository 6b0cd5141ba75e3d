import { findBreakEven, type BreakEven } from "./break-even";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { buildScenarios, computeScenario, realisationShare, type Point } from "./scenario";
import { rankSensitivity, type SensitivityItem } from "./sensitivity";

/** A result as a range: minimum ≤ most likely ≤ maximum. */
export type Range = Record<Point, number>;

/** Payback in years; null at an end means "not within the horizon", which sorts after any year. */
export type PaybackRange = Record<Point, number | null>;

export interface YearCashFlow {
  /** 0 is the start (the investment), 1 the first year of operation. */
  year: number;
  /** The share of the full gain realised this year, 0-100 (0 in year 0). */
  realisationPercent: number;
  net: Range;
  cumulative: Range;
}

export interface BusinessCaseResult {
  horizonYears: number;
  discountRatePercent: number;
  investment: Range;
  annualOperation: Range;
  /** The yearly gain once fully realised. */
  annualGain: Range;
  years: YearCashFlow[];
  netPresentValue: Range;
  paybackYears: PaybackRange;
  /** The inputs that move the net present value most, largest swing first. */
  sensitivity: SensitivityItem[];
  breakEven: BreakEven;
}

function rangeOf(values: Record<Point, number>): Range {
  return { min: values.min, mostLikely: values.mostLikely, max: values.max };
}

/**
 * Turns the user's three-point estimate into yearly cash flow, net present value and payback, each
 * as a range, with the inputs that matter most and what must hold to break even. Pure: the page,
 * the API and the CLI all call this.
 */
export function computeBusinessCase(estimate: BusinessCaseEstimate): BusinessCaseResult {
  const scenarios = buildScenarios(estimate);
  const outcomes = {
    min: computeScenario(scenarios.min, estimate),
    mostLikely: computeScenario(scenarios.mostLikely, estimate),
    max: computeScenario(scenarios.max, estimate),
  };
  const years: YearCashFlow[] = outcomes.mostLikely.netByYear.map((_, year) => ({
    year,
    realisationPercent: year === 0 ? 0 : realisationShare(estimate.realisation, year) * 100,
    net: rangeOf({
      min: outcomes.min.netByYear[year] ?? 0,
      mostLikely: outcomes.mostLikely.netByYear[year] ?? 0,
      max: outcomes.max.netByYear[year] ?? 0,
    }),
    cumulative: rangeOf({
      min: outcomes.min.cumulativeByYear[year] ?? 0,
      mostLikely: outcomes.mostLikely.cumulativeByYear[year] ?? 0,
      max: outcomes.max.cumulativeByYear[year] ?? 0,
    }),
  }));
  return {
    horizonYears: estimate.horizonYears,
    discountRatePercent: estimate.discountRatePercent,
    // The investment's and operation's ranges run from the cheapest to the dearest.
    investment: {
      min: scenarios.max.investment,
      mostLikely: scenarios.mostLikely.investment,
      max: scenarios.min.investment,
    },
    annualOperation: {
      min: scenarios.max.annualOperation,
      mostLikely: scenarios.mostLikely.annualOperation,
      max: scenarios.min.annualOperation,
    },
    annualGain: {
      min: scenarios.min.annualGain,
      mostLikely: scenarios.mostLikely.annualGain,
      max: scenarios.max.annualGain,
    },
    years,
    netPresentValue: {
      min: outcomes.min.netPresentValue,
      mostLikely: outcomes.mostLikely.netPresentValue,
      max: outcomes.max.netPresentValue,
    },
    // The best case pays back first: its payback is the range's minimum.
    paybackYears: {
      min: outcomes.max.paybackYears,
      mostLikely: outcomes.mostLikely.paybackYears,
      max: outcomes.min.paybackYears,
    },
    sensitivity: rankSensitivity(estimate),
    breakEven: findBreakEven(estimate, scenarios.mostLikely),
  };
}
