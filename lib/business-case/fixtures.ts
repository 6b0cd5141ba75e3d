import type { BusinessCaseEstimate, ThreePoint } from "@/lib/schemas/business-case-estimate";

/** A three-point estimate with no spread. */
export function exactly(value: number): ThreePoint {
  return { min: value, mostLikely: value, max: value };
}

/**
 * ATP (case 4) entered as its own figures: 400,000 kr. invested, of which about 130,000 kr. for
 * trials and about 250,000 kr. for production hardening (the remaining 20,000 kr. the catalogue
 * does not attribute; here it is the implementation phase), yearly operation about 181,000 kr.
 * The catalogue gives no yearly saving, only that the investment pays for itself in about
 * 6 months; the yearly gain is therefore derived from that: 400,000 / 0.5 + 181,000 = 981,000 kr.
 */
export const atpEstimate: BusinessCaseEstimate = {
  investment: { trial: exactly(130_000), hardening: exactly(250_000), implementation: exactly(20_000) },
  annualOperation: exactly(181_000),
  gain: { kind: "amount", amountPerYear: exactly(400_000 / 0.5 + 181_000) },
  realisation: { firstYearPercent: 100, fullFromYear: 1 },
  horizonYears: 5,
  discountRatePercent: 3.5,
};

/**
 * Næstved (case 1) entered as its own figures for 100 sensors: 400,000 kr. invested, 1,440,000 kr.
 * a year for maintenance and operation, an expected yearly saving of 2,510,000-3,860,000 kr. The
 * catalogue gives no most likely saving within that range: the fixture takes the lower end.
 */
export const naestvedEstimate: BusinessCaseEstimate = {
  investment: { trial: exactly(0), hardening: exactly(0), implementation: exactly(400_000) },
  annualOperation: exactly(1_440_000),
  gain: { kind: "amount", amountPerYear: { min: 2_510_000, mostLikely: 2_510_000, max: 3_860_000 } },
  realisation: { firstYearPercent: 100, fullFromYear: 1 },
  horizonYears: 5,
  discountRatePercent: 3.5,
};

/** A time-based estimate with spread everywhere and a ramp, as a user would enter one. */
export const rampedTimeEstimate: BusinessCaseEstimate = {
  investment: {
    trial: { min: 100_000, mostLikely: 150_000, max: 250_000 },
    hardening: { min: 200_000, mostLikely: 300_000, max: 500_000 },
    implementation: { min: 50_000, mostLikely: 100_000, max: 200_000 },
  },
  annualOperation: { min: 100_000, mostLikely: 150_000, max: 250_000 },
  gain: {
    kind: "time",
    casesPerYear: { min: 20_000, mostLikely: 30_000, max: 40_000 },
    minutesPerCase: { min: 5, mostLikely: 10, max: 15 },
    hourlyCost: { min: 400, mostLikely: 450, max: 500 },
  },
  realisation: { firstYearPercent: 50, fullFromYear: 3 },
  horizonYears: 5,
  discountRatePercent: 3.5,
};
