import { describe, expect, it } from "vitest";
import { apportion, formatScore, roundEffect, roundScore } from "./rounding";

describe("rounding", () => {
  it("rounds every shown figure half up to a whole number", () => {
    expect(roundScore(56.0606)).toBe(56);
    expect(roundScore(50.5)).toBe(51);
    expect(roundScore(12.49)).toBe(12);
    expect(roundScore(100)).toBe(100);
  });

  it("keeps one decimal for the plan's effects, which only rank actions", () => {
    expect(roundEffect(3.449)).toBe(3.4);
    expect(roundEffect(0.25)).toBe(0.3);
  });

  it("splits a whole into parts that add up to it exactly", () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([2, 1.5, 1, 0], 10)).toEqual([5, 3, 2, 0]);
    expect(apportion([0, 0], 5)).toEqual([0, 0]);
    expect(apportion([3, 1], 0)).toEqual([0, 0]);
  });

  it("writes scores as whole numbers in both languages, as the web page, PDF and CLI show them", () => {
    expect(formatScore(45.5, "da")).toBe("46");
    expect(formatScore(50.5, "en")).toBe("51");
    expect(formatScore(70, "da")).toBe("70");
  });
});
