import { describe, expect, it } from "vitest";
import { apportion, formatScore, roundScore } from "./rounding";

describe("rounding", () => {
  it("rounds every figure half up to one decimal", () => {
    expect(roundScore(56.0606)).toBe(56.1);
    expect(roundScore(83.333)).toBe(83.3);
    expect(roundScore(12.25)).toBe(12.3);
    expect(roundScore(100)).toBe(100);
  });

  it("splits a whole into parts that add up to it exactly", () => {
    expect(apportion([1, 1, 1], 1000)).toEqual([334, 333, 333]);
    expect(apportion([2, 1.5, 1, 0], 10)).toEqual([5, 3, 2, 0]);
    expect(apportion([0, 0], 5)).toEqual([0, 0]);
    expect(apportion([3, 1], 0)).toEqual([0, 0]);
  });

  it("writes scores with a decimal comma in Danish and a point in English", () => {
    expect(formatScore(45.5, "da")).toBe("45,5");
    expect(formatScore(45.5, "en")).toBe("45.5");
    expect(formatScore(70, "da")).toBe("70");
  });
});
