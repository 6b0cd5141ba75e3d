import { describe, expect, it } from "vitest";
import { NBSP } from "./number";
import { formatQuantity } from "./quantity";

/** Shows non-breaking spaces as ordinary ones, so the expectations read like the page. */
const plain = (text: string) => text.replaceAll(NBSP, " ");

describe("formatQuantity", () => {
  it("writes kroner Danish-style in Danish and with the currency code first in English", () => {
    expect(plain(formatQuantity({ value: 400_000, unit: "dkk" }, "da"))).toBe("400.000 kr.");
    expect(plain(formatQuantity({ value: 400_000, unit: "dkk" }, "en"))).toBe("DKK 400,000");
  });

  it("writes a range of kroner with an en dash and the unit once", () => {
    const saving = { value: 2_510_000, max: 3_860_000, unit: "dkk" } as const;
    expect(plain(formatQuantity(saving, "da"))).toBe("2.510.000–3.860.000 kr.");
    expect(plain(formatQuantity(saving, "en"))).toBe("DKK 2,510,000–3,860,000");
  });

  it("marks approximate figures with ca. in Danish and about in English", () => {
    expect(plain(formatQuantity({ value: 181_000, unit: "dkk", approximate: true }, "da"))).toBe(
      "ca. 181.000 kr.",
    );
    expect(plain(formatQuantity({ value: 9, unit: "minutes", approximate: true }, "en"))).toBe("about 9 min");
  });

  it("puts a space before the per cent sign in Danish but not in English", () => {
    expect(plain(formatQuantity({ value: 50, unit: "percent" }, "da"))).toBe("50 %");
    expect(formatQuantity({ value: 50, unit: "percent" }, "en")).toBe("50%");
  });

  it("uses singular and plural unit words by the number counted", () => {
    expect(plain(formatQuantity({ value: 1, unit: "hours" }, "da"))).toBe("1 time");
    expect(plain(formatQuantity({ value: 10_250, unit: "hours" }, "da"))).toBe("10.250 timer");
    expect(plain(formatQuantity({ value: 10_250, unit: "hours" }, "en"))).toBe("10,250 hours");
    expect(plain(formatQuantity({ value: 3, unit: "times" }, "da"))).toBe("3 gange");
    expect(plain(formatQuantity({ value: 6, unit: "months", approximate: true }, "da"))).toBe(
      "ca. 6 måneder",
    );
    expect(plain(formatQuantity({ value: 1, unit: "weeks" }, "en"))).toBe("1 week");
  });

  it("writes full-time equivalents as årsværk and FTE", () => {
    const fte = { value: 5, max: 6, unit: "fte" } as const;
    expect(plain(formatQuantity(fte, "da"))).toBe("5–6 årsværk");
    expect(plain(formatQuantity(fte, "en"))).toBe("5–6 FTE");
  });

  it("writes decimals with a comma in Danish and a point in English", () => {
    expect(plain(formatQuantity({ value: 0.05, unit: "dkk" }, "da"))).toBe("0,05 kr.");
    expect(plain(formatQuantity({ value: 0.05, unit: "dkk" }, "en"))).toBe("DKK 0.05");
  });

  it("writes a plain count without a unit", () => {
    expect(formatQuantity({ value: 775_000, unit: "count" }, "da")).toBe("775.000");
    expect(formatQuantity({ value: 775_000, unit: "count" }, "en")).toBe("775,000");
  });

  it("keeps the number and its unit together on one line", () => {
    expect(formatQuantity({ value: 682, unit: "km" }, "da")).toBe(`682${NBSP}km`);
  });

  it("treats a range whose ends are equal as a single value", () => {
    expect(plain(formatQuantity({ value: 5, max: 5, unit: "fte" }, "da"))).toBe("5 årsværk");
  });
});
