import { describe, expect, it } from "vitest";
import { buildEstimateFormValues, readEstimateForm, type EstimateFormValues } from "./estimate-form";
import { atpEstimate, rampedTimeEstimate } from "./fixtures";

const defaults = { horizonYears: 5, discountRatePercent: 3.5 };

function filled(locale: "da" | "en"): EstimateFormValues {
  return buildEstimateFormValues(rampedTimeEstimate, defaults, locale);
}

describe("the business case form", () => {
  it.each(["da", "en"] as const)("reads back a stored estimate unchanged (%s)", (locale) => {
    for (const estimate of [atpEstimate, rampedTimeEstimate]) {
      const values = buildEstimateFormValues(estimate, defaults, locale);
      expect(readEstimateForm(values, locale)).toEqual({ ok: true, estimate });
    }
  });

  it("starts empty but for the sourced defaults and the profile's volume band", () => {
    const values = buildEstimateFormValues(
      undefined,
      { ...defaults, casesPerYear: { min: 10_000, max: 100_000 } },
      "da",
    );
    expect(values.discountRatePercent).toBe("3,5");
    expect(values.horizonYears).toBe("5");
    expect(values.casesPerYear).toEqual({ min: "10.000", mostLikely: "", max: "100.000" });
    expect(values.annualOperation).toEqual({ min: "", mostLikely: "", max: "" });
  });

  it("names each wrong field with what is wrong", () => {
    const values = filled("da");
    values.annualOperation = { min: "-5", mostLikely: "10", max: "20" };
    values.investment.trial = { min: "100", mostLikely: "50", max: "200" };
    values.investment.hardening = { min: "1", mostLikely: "2", max: "1.000.000.000.000" };
    values.hourlyCost = { min: "400", mostLikely: "450", max: "300" };
    values.minutesPerCase = { min: "", mostLikely: "ti", max: "15" };
    values.fullFromYear = "1";
    values.firstYearPercent = "50";
    values.discountRatePercent = "35";
    const result = readEstimateForm(values, "da");
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "investment.trial.mostLikely", code: "belowMin" },
      { path: "investment.hardening.max", code: "tooLarge", max: 10_000_000_000 },
      { path: "annualOperation.min", code: "negative" },
      { path: "minutesPerCase.min", code: "required" },
      { path: "minutesPerCase.mostLikely", code: "notANumber" },
      { path: "hourlyCost.max", code: "belowMostLikely" },
      { path: "firstYearPercent", code: "firstYearMustBeFull" },
      { path: "discountRatePercent", code: "rateRange", max: 20 },
    ]);
  });

  it("reads only the chosen kind of gain", () => {
    const values = filled("en");
    values.gainKind = "amount";
    values.amountPerYear = { min: "1,000,000", mostLikely: "1,500,000", max: "2,000,000" };
    values.minutesPerCase = { min: "nonsense", mostLikely: "", max: "" };
    const result = readEstimateForm(values, "en");
    expect(result.ok && result.estimate.gain).toEqual({
      kind: "amount",
      amountPerYear: { min: 1_000_000, mostLikely: 1_500_000, max: 2_000_000 },
    });
  });
});
