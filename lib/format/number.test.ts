import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./number";

const intl = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

describe("formatNumber", () => {
  it("writes numbers the Danish and the British way", () => {
    expect(formatNumber(2_510_000, "da")).toBe("2.510.000");
    expect(formatNumber(2_510_000, "en")).toBe("2,510,000");
    expect(formatNumber(1.5, "da")).toBe("1,5");
    expect(formatNumber(1.5, "en")).toBe("1.5");
    expect(formatNumber(5000, "da")).toBe("5.000");
  });

  it("keeps at most two decimals, rounding half away from zero as written", () => {
    expect(formatNumber(1.005, "da")).toBe("1,01");
    expect(formatNumber(999.995, "en")).toBe("1,000");
    expect(formatNumber(-0.001, "en")).toBe("-0");
    expect(formatNumber(12.3456, "da")).toBe("12,35");
  });

  it("gives exactly the text Intl.NumberFormat gives, for any number", () => {
    const anyNumber = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(anyNumber, fc.constantFrom("da" as const, "en" as const), (value, locale) => {
        expect(formatNumber(value, locale)).toBe(intl[locale].format(value));
      }),
      { numRuns: 5000 },
    );
  });
});
