import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { discountFactor, realisationShare, type Scenario } from "./scenario";

/**
 * What must hold, with the other most likely values unchanged, for the net present value over the
 * horizon to reach zero. Each figure is null where no value of that input can do it.
 */
export interface BreakEven {
  /** Whether the most likely figures already break even (net present value ≥ 0). */
  breaksEven: boolean;
  /** The yearly gain, once fully realised, that breaks even. */
  requiredAnnualGain: number | null;
  /** For gains as time: the minutes saved per case that break even. */
  requiredMinutesPerCase: number | null;
  /** For gains as time: the hours saved a year (at full realisation) that break even. */
  requiredHoursPerYear: number | null;
  /** The largest total investment that still breaks even. */
  maxInvestment: number | null;
  /** The largest yearly operation cost that still breaks even. */
  maxAnnualOperation: number | null;
}

/**
 * The net present value is linear in each of these inputs, so each break-even value is exact:
 * NPV = −investment − operation × A + gain × B, where A sums the years' discount factors and B the
 * same weighted by the share of the gain realised in each year.
 */
export function findBreakEven(estimate: BusinessCaseEstimate, likely: Scenario): BreakEven {
  let annuity = 0;
  let realisedAnnuity = 0;
  for (let year = 1; year <= estimate.horizonYears; year += 1) {
    const factor = discountFactor(estimate.discountRatePercent, year);
    annuity += factor;
    realisedAnnuity += factor * realisationShare(estimate.realisation, year);
  }
  const { investment, annualOperation, annualGain } = likely;
  const netPresentValue = -investment - annualOperation * annuity + annualGain * realisedAnnuity;
  const requiredAnnualGain =
    realisedAnnuity > 0 ? (investment + annualOperation * annuity) / realisedAnnuity : null;
  const maxInvestment = annualGain * realisedAnnuity - annualOperation * annuity;
  const maxAnnualOperation = (annualGain * realisedAnnuity - investment) / annuity;
  const { gain } = estimate;
  const valueOfAMinutePerCase =
    gain.kind === "time" ? (gain.casesPerYear.mostLikely * gain.hourlyCost.mostLikely) / 60 : 0;
  const hourlyCost = gain.kind === "time" ? gain.hourlyCost.mostLikely : 0;
  return {
    breaksEven: netPresentValue >= 0,
    requiredAnnualGain,
    requiredMinutesPerCase:
      requiredAnnualGain !== null && valueOfAMinutePerCase > 0
        ? requiredAnnualGain / valueOfAMinutePerCase
        : null,
    requiredHoursPerYear:
      requiredAnnualGain !== null && hourlyCost > 0 ? requiredAnnualGain / hourlyCost : null,
    maxInvestment: maxInvestment >= 0 ? maxInvestment : null,
    maxAnnualOperation: maxAnnualOperation >= 0 ? maxAnnualOperation : null,
  };
}
