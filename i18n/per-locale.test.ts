import { describe, expect, it, vi } from "vitest";
import { memoizeByLocale } from "./per-locale";

describe("memoizeByLocale", () => {
  it("makes each locale's value once and hands out that same value after", () => {
    const make = vi.fn((locale: "da" | "en") => ({ locale }));
    const pick = memoizeByLocale(make);
    const first = pick("da");
    expect(pick("da")).toBe(first);
    expect(pick("en")).toEqual({ locale: "en" });
    expect(pick("en")).not.toBe(first);
    expect(make).toHaveBeenCalledTimes(2);
  });
});
