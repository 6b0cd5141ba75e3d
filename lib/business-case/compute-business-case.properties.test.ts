import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeBusinessCase,
  type BusinessCaseResult,
  type PaybackRange,
  type Range,
} from "./compute-business-case";
import type { BusinessCaseEstimate, ThreePoint } from "@/lib/schemas/business-case-estimate";
import { exactly } from "./fixtures";

function arbitraryThreePoint(max: number): fc.Arbitrary<ThreePoint> {
  return fc
    .array(fc.integer({ min: 0, max }), { minLength: 3, maxLength: 3 })
    .map((values) => values.sort((a, b) => a - b))
    .map(([min = 0, mostLikely = 0, highest = 0]) => ({ min, mostLikely, max: highest }));
}

const arbitraryRealisation = fc.integer({ min: 1, max: 6 }).chain((fullFromYear) =>
  fc.record({
    fullFromYear: fc.constant(fullFromYear),
    firstYearPercent: fullFromYear === 1 ? fc.constant(100) : fc.integer({ min: 0, max: 100 }),
  }),
);

const arbitraryEstimate: fc.Arbitrary<BusinessCaseEstimate> = fc.record({
  investment: fc.record({
    trial: arbitraryThreePoint(2_000_000),
    hardening: arbitraryThreePoint(5_000_000),
    implementation: arbitraryThreePoint(5_000_000),
  }),
  annualOperation: arbitraryThreePoint(3_000_000),
  gain: fc.oneof(
    fc.record({ kind: fc.constant("amount" as const), amountPerYear: arbitraryThreePoint(10_000_000) }),
    fc.record({
      kind: fc.constant("time" as const),
      casesPerYear: arbitraryThreePoint(200_000),
      minutesPerCase: arbitraryThreePoint(120),
      hourlyCost: arbitraryThreePoint(1_000),
    }),
  ),
  realisation: arbitraryRealisation,
  horizonYears: fc.integer({ min: 1, max: 20 }),
  discountRatePercent: fc.double({ min: 0, max: 20, noNaN: true }),
});

/** Money compared with a tolerance of a thousandth of a krone for floating-point sums. */
function isOrdered(range: Range): boolean {
  return range.min <= range.mostLikely + 1e-3 && range.mostLikely <= range.max + 1e-3;
}

/** Payback ranges put "not within the horizon" (null) after every year. */
function paybackOrder(value: number | null): number {
  return value ?? Number.POSITIVE_INFINITY;
}
function isOrderedPayback(range: PaybackRange): boolean {
  return (
    paybackOrder(range.min) <= paybackOrder(range.mostLikely) + 1e-9 &&
    paybackOrder(range.mostLikely) <= paybackOrder(range.max) + 1e-9
  );
}

function allRanges(result: BusinessCaseResult): Range[] {
  return [
    result.investment,
    result.annualOperation,
    result.annualGain,
    result.netPresentValue,
    ...result.years.flatMap((year) => [year.net, year.cumulative]),
  ];
}

describe("computeBusinessCase properties", () => {
  it("keeps minimum ≤ most likely ≤ maximum through every output", () => {
    fc.assert(
      fc.property(arbitraryEstimate, (estimate) => {
        const result = computeBusinessCase(estimate);
        expect(allRanges(result).every(isOrdered)).toBe(true);
        expect(isOrderedPayback(result.paybackYears)).toBe(true);
      }),
    );
  });

  it("never lengthens the payback when the gain grows", () => {
    fc.assert(
      fc.property(arbitraryEstimate, fc.integer({ min: 0, max: 5_000_000 }), (estimate, extra) => {
        const likelyGain = computeBusinessCase(estimate).annualGain.mostLikely;
        const withGain = (amount: number): BusinessCaseEstimate => ({
          ...estimate,
          gain: { kind: "amount", amountPerYear: exactly(amount) },
        });
        const before = computeBusinessCase(withGain(likelyGain)).paybackYears.mostLikely;
        const after = computeBusinessCase(withGain(likelyGain + extra)).paybackYears.mostLikely;
        expect(paybackOrder(after)).toBeLessThanOrEqual(paybackOrder(before) + 1e-9);
      }),
    );
  });

  it("never raises the net present value at a higher discount rate when the gains come after the costs", () => {
    // Costs first: the investment at the start, and every later year's net no longer negative.
    const laterGains = arbitraryEstimate.filter((estimate) =>
      computeBusinessCase(estimate).years.every((year) => year.year === 0 || year.net.mostLikely >= 0),
    );
    fc.assert(
      fc.property(
        laterGains,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (estimate, a, b) => {
          const [lower, higher] = a <= b ? [a, b] : [b, a];
          const atLower = computeBusinessCase({ ...estimate, discountRatePercent: lower });
          const atHigher = computeBusinessCase({ ...estimate, discountRatePercent: higher });
          expect(atHigher.netPresentValue.mostLikely).toBeLessThanOrEqual(
            atLower.netPresentValue.mostLikely + 1e-6,
          );
        },
      ),
    );
  });

  it("never shortens the payback or raises the net present value when a cost grows", () => {
    fc.assert(
      fc.property(arbitraryEstimate, fc.integer({ min: 1, max: 5_000_000 }), (estimate, extra) => {
        const dearer: BusinessCaseEstimate = {
          ...estimate,
          annualOperation: {
            min: estimate.annualOperation.min + extra,
            mostLikely: estimate.annualOperation.mostLikely + extra,
            max: estimate.annualOperation.max + extra,
          },
        };
        const before = computeBusinessCase(estimate);
        const after = computeBusinessCase(dearer);
        expect(after.netPresentValue.mostLikely).toBeLessThan(before.netPresentValue.mostLikely);
        expect(paybackOrder(after.paybackYears.mostLikely)).toBeGreaterThanOrEqual(
          paybackOrder(before.paybackYears.mostLikely) - 1e-9,
        );
      }),
    );
  });
});
