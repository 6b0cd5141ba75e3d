import { describe, expect, it } from "vitest";
import { formatDate } from "./date";

describe("formatDate", () => {
  it("writes a date the Danish way in Danish and the British way in English", () => {
    expect(formatDate("2026-11-28", "da")).toBe("28. november 2026");
    expect(formatDate("2026-11-28", "en")).toBe("28 November 2026");
  });

  it("keeps the calendar date whatever the machine's time zone", () => {
    expect(formatDate("2026-01-01", "en")).toBe("1 January 2026");
  });

  it("refuses something that is not a date rather than print a wrong one", () => {
    expect(() => formatDate("28/11/2026", "da")).toThrow(RangeError);
  });
});

describe("formatDate against Intl.DateTimeFormat", () => {
  it("gives the text Intl gives for every day of a leap year and around it", () => {
    for (const locale of ["da", "en"] as const) {
      const intl = new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
      for (let time = Date.UTC(2027, 11, 25); time >= Date.UTC(2023, 11, 25); time -= 86_400_000) {
        const iso = new Date(time).toISOString().slice(0, 10);
        expect(formatDate(iso, locale)).toBe(intl.format(new Date(time)));
      }
    }
  });
});
