import { describe, expect, it } from "vitest";
import { describePayback, formatKroner, formatKronerRange } from "./format-kroner";

describe("formatKroner", () => {
  it("writes whole kroner in each language, losses with a minus sign", () => {
    expect(formatKroner(1_070_000, "da")).toBe("1.070.000\u00a0kr.");
    expect(formatKroner(-400_000.4, "en")).toBe("DKK\u00a0\u2212400,000");
  });

  it("writes a range with the unit once", () => {
    expect(formatKronerRange(1_070_000, 2_420_000, "da")).toBe("1.070.000\u20132.420.000\u00a0kr.");
    expect(formatKronerRange(4_000, undefined, "en")).toBe("DKK\u00a04,000");
  });
});

describe("describePayback", () => {
  it("gives months under two years, years above, and says when there is none", () => {
    expect(describePayback(0.5, "da")).toEqual({ unit: "months", months: 6 });
    expect(describePayback(2.46, "da")).toEqual({ unit: "years", years: "2,5" });
    expect(describePayback(null, "en")).toEqual({ unit: "never" });
  });
});
