import * as z from "zod/mini";

/**
 * Bounds that keep an estimate within what a public AI project can be: larger figures are typing
 * mistakes (an extra zero or three), not estimates. The form and the answers document share them.
 */
export const estimateLimits = {
  /** Any amount in kroner: ten billion, more than the largest state IT projects. */
  maxAmount: 10_000_000_000,
  /** Cases a year: a hundred million, more than every Danish public body handles in one kind. */
  maxCasesPerYear: 100_000_000,
  /** Minutes saved per case: one working year (1,924 hours) of a single case. */
  maxMinutesPerCase: 115_440,
  /** Cost of an hour's work in kroner. */
  maxHourlyCost: 100_000,
  minHorizonYears: 1,
  maxHorizonYears: 20,
  /** A yearly discount rate in percent. */
  maxDiscountRatePercent: 20,
} as const;

/** Which of the three points failed: for messages next to the right field. */
export type ThreePointKey = "min" | "mostLikely" | "max";

function boundedNumber(max: number) {
  return z.number().check(z.gte(0), z.lte(max));
}

/** A three-point estimate: minimum, most likely and maximum, in that order. */
export function threePointSchema(max: number) {
  return z
    .strictObject({ min: boundedNumber(max), mostLikely: boundedNumber(max), max: boundedNumber(max) })
    .check(
      z.refine((point) => point.min <= point.mostLikely, {
        message: "the most likely value is below the minimum",
        path: ["mostLikely"],
      }),
      z.refine((point) => point.mostLikely <= point.max, {
        message: "the maximum is below the most likely value",
        path: ["max"],
      }),
    );
}
const amountSchema = threePointSchema(estimateLimits.maxAmount);
export type ThreePoint = z.infer<typeof amountSchema>;

/** Gains as time: cases a year × minutes saved per case × the cost of an hour. */
export const timeGainSchema = z.strictObject({
  kind: z.literal("time"),
  casesPerYear: threePointSchema(estimateLimits.maxCasesPerYear),
  minutesPerCase: threePointSchema(estimateLimits.maxMinutesPerCase),
  hourlyCost: threePointSchema(estimateLimits.maxHourlyCost),
});

/** Gains as a yearly amount the user has worked out elsewhere. */
export const amountGainSchema = z.strictObject({
  kind: z.literal("amount"),
  amountPerYear: amountSchema,
});

export const gainSchema = z.discriminatedUnion("kind", [timeGainSchema, amountGainSchema]);
export type Gain = z.infer<typeof gainSchema>;

/**
 * How the gains ramp up: the share realised in the first year, rising evenly to all of it in
 * `fullFromYear`. Full realisation from year 1 means the whole gain in year 1.
 */
export const realisationSchema = z
  .strictObject({
    firstYearPercent: z.number().check(z.gte(0), z.lte(100)),
    fullFromYear: z.number().check(z.int(), z.gte(1), z.lte(estimateLimits.maxHorizonYears)),
  })
  .check(
    z.refine((ramp) => ramp.fullFromYear > 1 || ramp.firstYearPercent === 100, {
      message: "full realisation from year 1 means 100 % in the first year",
      path: ["firstYearPercent"],
    }),
  );
export type Realisation = z.infer<typeof realisationSchema>;

/** The investment by phase, as in the catalogue's cases (ATP: trial, then production hardening). */
export const investmentSchema = z.strictObject({
  trial: amountSchema,
  hardening: amountSchema,
  implementation: amountSchema,
});
export type InvestmentPhase = keyof z.infer<typeof investmentSchema>;
export const investmentPhases: readonly InvestmentPhase[] = ["trial", "hardening", "implementation"];

/**
 * The user's own first business case: what the answers document stores under `businessCase`.
 * Investment falls at the start (year 0); operation and gains in every year of the horizon.
 */
export const businessCaseEstimateSchema = z.strictObject({
  investment: investmentSchema,
  annualOperation: amountSchema,
  gain: gainSchema,
  realisation: realisationSchema,
  horizonYears: z
    .number()
    .check(z.int(), z.gte(estimateLimits.minHorizonYears), z.lte(estimateLimits.maxHorizonYears)),
  discountRatePercent: z.number().check(z.gte(0), z.lte(estimateLimits.maxDiscountRatePercent)),
});
export type BusinessCaseEstimate = z.infer<typeof businessCaseEstimateSchema>;
