import { describe, expect, it } from "vitest";
import { computeBusinessCase } from "./compute-business-case";
import { businessCaseEstimateSchema } from "@/lib/schemas/business-case-estimate";
import { atpEstimate, exactly, naestvedEstimate, rampedTimeEstimate } from "./fixtures";

describe("computeBusinessCase with the catalogue's own figures", () => {
  it("reproduces ATP's payback of about 6 months from its investment, operation and implied gain", () => {
    const result = computeBusinessCase(atpEstimate);
    expect(result.investment.mostLikely).toBe(400_000);
    expect(result.paybackYears.mostLikely! * 12).toBeCloseTo(6, 5);
    expect(result.years[1]?.net.mostLikely).toBe(800_000);
  });

  it("gives Næstved the yearly net its catalogue figures imply: 1,070,000-2,420,000 kr.", () => {
    const result = computeBusinessCase(naestvedEstimate);
    expect(result.years[1]?.net.min).toBe(1_070_000);
    expect(result.years[1]?.net.max).toBe(2_420_000);
    expect(result.years[0]?.net.mostLikely).toBe(-400_000);
    // 400,000 / 1,070,000 of a year at the low end, 400,000 / 2,420,000 at the high end.
    expect(result.paybackYears.max).toBeCloseTo(400_000 / 1_070_000, 10);
    expect(result.paybackYears.min).toBeCloseTo(400_000 / 2_420_000, 10);
  });

  it("the fixtures are valid estimates", () => {
    for (const estimate of [atpEstimate, naestvedEstimate, rampedTimeEstimate]) {
      expect(businessCaseEstimateSchema.safeParse(estimate).success).toBe(true);
    }
  });
});

describe("computeBusinessCase", () => {
  it("discounts each year's net at the given rate, the investment undiscounted", () => {
    const result = computeBusinessCase({
      ...naestvedEstimate,
      gain: { kind: "amount", amountPerYear: exactly(1_540_000) },
      horizonYears: 2,
      discountRatePercent: 10,
    });
    // -400,000 + 100,000 / 1.1 + 100,000 / 1.21
    expect(result.netPresentValue.mostLikely).toBeCloseTo(-400_000 + 100_000 / 1.1 + 100_000 / 1.21, 6);
  });

  it("ramps the gain up from the first year's share to all of it", () => {
    const result = computeBusinessCase(rampedTimeEstimate);
    expect(result.years.map((year) => year.realisationPercent)).toEqual([0, 50, 75, 100, 100, 100]);
    // 30,000 cases × 10 minutes / 60 × 450 kr. = 2,250,000 kr. a year at full realisation.
    expect(result.annualGain.mostLikely).toBe(2_250_000);
    expect(result.years[1]?.net.mostLikely).toBe(2_250_000 * 0.5 - 150_000);
  });

  it("says when the investment is not paid back within the horizon", () => {
    const result = computeBusinessCase({
      ...naestvedEstimate,
      gain: { kind: "amount", amountPerYear: exactly(1_000_000) },
    });
    expect(result.paybackYears.mostLikely).toBeNull();
    expect(result.breakEven.breaksEven).toBe(false);
  });

  it("ranks the inputs by how far they move the net present value", () => {
    const result = computeBusinessCase(rampedTimeEstimate);
    const inputs = result.sensitivity.map((item) => item.input);
    expect(inputs[0]).toBe("minutes-per-case");
    const swings = result.sensitivity.map((item) => item.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // An input without spread moves nothing and is not listed.
    expect(computeBusinessCase(atpEstimate).sensitivity).toEqual([]);
  });

  it("finds the break-even values that bring the net present value to zero", () => {
    const { breakEven } = computeBusinessCase(rampedTimeEstimate);
    const atGain = computeBusinessCase({
      ...rampedTimeEstimate,
      gain: { kind: "amount", amountPerYear: exactly(breakEven.requiredAnnualGain!) },
    });
    expect(atGain.netPresentValue.mostLikely).toBeCloseTo(0, 4);
    const atMinutes = computeBusinessCase({
      ...rampedTimeEstimate,
      gain: {
        ...rampedTimeEstimate.gain,
        minutesPerCase: exactly(breakEven.requiredMinutesPerCase!),
      } as typeof rampedTimeEstimate.gain,
    });
    expect(atMinutes.netPresentValue.mostLikely).toBeCloseTo(0, 4);
    expect(breakEven.requiredHoursPerYear).toBeCloseTo(breakEven.requiredAnnualGain! / 450, 6);
  });
});

describe("businessCaseEstimateSchema", () => {
  it("refuses a maximum below the most likely value, negative amounts and absurd magnitudes", () => {
    const bad = [
      { ...atpEstimate, annualOperation: { min: 10, mostLikely: 20, max: 15 } },
      { ...atpEstimate, annualOperation: { min: -1, mostLikely: 20, max: 30 } },
      { ...atpEstimate, annualOperation: { min: 1, mostLikely: 2, max: 1e13 } },
      { ...atpEstimate, horizonYears: 0 },
      { ...atpEstimate, discountRatePercent: 50 },
      { ...atpEstimate, realisation: { firstYearPercent: 40, fullFromYear: 1 } },
    ];
    for (const estimate of bad) expect(businessCaseEstimateSchema.safeParse(estimate).success).toBe(false);
  });
});
