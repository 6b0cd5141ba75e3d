import { describe, expect, it } from "vitest";
import { parseLocaleNumber } from "./parse-number";

describe("parseLocaleNumber", () => {
  it("reads Danish thousands separators and decimal commas", () => {
    expect(parseLocaleNumber("250.000", "da")).toBe(250_000);
    expect(parseLocaleNumber("2.510.000", "da")).toBe(2_510_000);
    expect(parseLocaleNumber("3,5", "da")).toBe(3.5);
    expect(parseLocaleNumber("1.234,5", "da")).toBe(1234.5);
    expect(parseLocaleNumber(" 1 200 ", "da")).toBe(1200);
  });

  it("reads English thousands separators and decimal points", () => {
    expect(parseLocaleNumber("250,000", "en")).toBe(250_000);
    expect(parseLocaleNumber("3.5", "en")).toBe(3.5);
    expect(parseLocaleNumber("1,234.5", "en")).toBe(1234.5);
  });

  it("reads a separator that cannot group thousands as the decimal mark", () => {
    expect(parseLocaleNumber("3.5", "da")).toBe(3.5);
    expect(parseLocaleNumber("3,5", "en")).toBe(3.5);
  });

  it("keeps the sign, so that a negative amount can be refused with its own message", () => {
    expect(parseLocaleNumber("-400", "da")).toBe(-400);
    expect(parseLocaleNumber("\u2212400", "en")).toBe(-400);
  });

  it("refuses what is not a number", () => {
    for (const text of ["", "  ", "abc", "12kr", "1,2,3", "1..2", "1e5", "--1", "Infinity"]) {
      expect(parseLocaleNumber(text, "da")).toBeNull();
    }
  });
});
