import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSavedTime } from "./format-saved-time";

const intl = (locale: "da" | "en", withTime: boolean) =>
  new Intl.DateTimeFormat(
    locale === "da" ? "da-DK" : "en-GB",
    withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" },
  );

describe("formatSavedTime", () => {
  it("writes the saved time the Danish and the British way, in the user's time zone", () => {
    const iso = new Date(2026, 2, 1, 9, 5).toISOString();
    expect(formatSavedTime(iso, "da")).toBe("1. marts 2026 kl. 09.05");
    expect(formatSavedTime(iso, "en")).toBe("1 March 2026 at 09:05");
    expect(formatSavedTime(iso, "da", false)).toBe("1. marts 2026");
  });

  it("gives exactly the text Intl.DateTimeFormat gives, for any time", () => {
    const formats = { da: [intl("da", false), intl("da", true)], en: [intl("en", false), intl("en", true)] };
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom("da" as const, "en" as const),
        fc.boolean(),
        (time, locale, withTime) => {
          const iso = new Date(time).toISOString();
          expect(formatSavedTime(iso, locale, withTime)).toBe(
            formats[locale][withTime ? 1 : 0]!.format(new Date(time)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("refuses a stored time that is not a time", () => {
    expect(() => formatSavedTime("yesterday", "da")).toThrow(RangeError);
  });
});
