import { describe, expect, it } from "vitest";
import { formatNumber, formatNumberRange, pickPlural } from "./number";

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
    expect(formatNumber(12.3456, "da")).toBe("12,35");
    expect(formatNumber(40, "da")).toBe("40");
  });

  it("writes a range with an en dash between two numbers in the language's format", () => {
    expect(formatNumberRange(2_510_000, 3_860_000, "da")).toBe("2.510.000–3.860.000");
  });
});

describe("pickPlural", () => {
  it("uses the singular for one and the plural otherwise", () => {
    const forms = { one: "case", other: "cases" };
    expect(pickPlural(1, "en", forms)).toBe("case");
    expect(pickPlural(3, "en", forms)).toBe("cases");
    expect(pickPlural(0, "da", { one: "sag", other: "sager" })).toBe("sager");
  });
});
