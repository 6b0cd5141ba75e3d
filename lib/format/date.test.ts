import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatDate } from "./date";

describe("formatDate", () => {
  it("writes a date the Danish way in Danish and the British way in English", () => {
    expect(formatDate("2026-11-28", "da")).toBe("28. november 2026");
    expect(formatDate("2026-11-28", "en")).toBe("28 November 2026");
  });

  it("keeps the calendar date whatever the machine's time zone", () => {
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
    expect(formatDate("2025-02-02", "da")).toBe("2. februar 2025");
  });

  it("refuses something that is not a date rather than print a wrong one", () => {
    expect(() => formatDate("28/11/2026", "da")).toThrow(RangeError);
  });
});

describe("formatCalendarDay", () => {
  it("writes a day given as year, month (0–11) and day", () => {
    expect(formatCalendarDay({ year: 2026, month: 2, day: 1 }, "da")).toBe("1. marts 2026");
    expect(formatCalendarDay({ year: 2026, month: 2, day: 1 }, "en")).toBe("1 March 2026");
  });

  it("refuses a month outside 0–11", () => {
    expect(() => formatCalendarDay({ year: 2026, month: 12, day: 1 }, "da")).toThrow(RangeError);
  });
});
