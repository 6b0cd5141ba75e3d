import type {
  BusinessCaseEstimate,
  Gain,
  Realisation,
  ThreePoint,
} from "@/lib/schemas/business-case-estimate";

/** One set of figures to compute: a single value for each input. */
export interface Scenario {
  investment: number;
  annualOperation: number;
  /** The yearly gain once fully realised. */
  annualGain: number;
}

export type Point = keyof ThreePoint;

/** The yearly gain at full realisation for one point of each of the gain's inputs. */
export function annualGainAt(gain: Gain, pick: (estimate: ThreePoint) => number): number {
  if (gain.kind === "amount") return pick(gain.amountPerYear);
  return (pick(gain.casesPerYear) * pick(gain.minutesPerCase) * pick(gain.hourlyCost)) / 60;
}

export function totalInvestmentAt(
  estimate: BusinessCaseEstimate,
  pick: (point: ThreePoint) => number,
): number {
  const { trial, hardening, implementation } = estimate.investment;
  return pick(trial) + pick(hardening) + pick(implementation);
}

/**
 * The three scenarios of a three-point estimate. The low end puts every cost at its maximum and
 * every gain at its minimum; the high end the reverse; the middle takes each most likely value.
 */
export function buildScenarios(estimate: BusinessCaseEstimate): Record<Point, Scenario> {
  const at = (costs: Point, gains: Point): Scenario => ({
    investment: totalInvestmentAt(estimate, (point) => point[costs]),
    annualOperation: estimate.annualOperation[costs],
    annualGain: annualGainAt(estimate.gain, (point) => point[gains]),
  });
  return { min: at("max", "min"), mostLikely: at("mostLikely", "mostLikely"), max: at("min", "max") };
}

/** The share of the full gain realised in `year` (1 = the first year), 0-1. */
export function realisationShare(realisation: Realisation, year: number): number {
  if (year >= realisation.fullFromYear) return 1;
  const first = realisation.firstYearPercent / 100;
  return first + ((1 - first) * (year - 1)) / (realisation.fullFromYear - 1);
}

/** The discount factor of `year` at a yearly rate in percent: year 0 is today. */
export function discountFactor(ratePercent: number, year: number): number {
  return 1 / (1 + ratePercent / 100) ** year;
}

export interface ScenarioOutcome {
  /** Net cash flow by year, year 0 (the investment) first. */
  netByYear: number[];
  cumulativeByYear: number[];
  netPresentValue: number;
  /** Years until the cumulative net cash flow reaches zero; null when not within the horizon. */
  paybackYears: number | null;
}

/** Cash flow, net present value and payback of one scenario over the estimate's horizon. */
export function computeScenario(
  scenario: Scenario,
  terms: Pick<BusinessCaseEstimate, "realisation" | "horizonYears" | "discountRatePercent">,
): ScenarioOutcome {
  const netByYear = [-scenario.investment];
  for (let year = 1; year <= terms.horizonYears; year += 1) {
    netByYear.push(
      scenario.annualGain * realisationShare(terms.realisation, year) - scenario.annualOperation,
    );
  }
  const cumulativeByYear: number[] = [];
  let cumulative = 0;
  let paybackYears: number | null = null;
  let netPresentValue = 0;
  netByYear.forEach((net, year) => {
    const before = cumulative;
    cumulative += net;
    cumulativeByYear.push(cumulative);
    netPresentValue += net * discountFactor(terms.discountRatePercent, year);
    if (paybackYears !== null) return;
    if (year === 0) {
      if (cumulative >= 0) paybackYears = 0;
    } else if (cumulative >= 0 && net > 0) {
      // The year's net is taken to come evenly over the year.
      paybackYears = year - 1 + -before / net;
    }
  });
  return { netByYear, cumulativeByYear, netPresentValue, paybackYears };
}
