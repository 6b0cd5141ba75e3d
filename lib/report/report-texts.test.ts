import { describe, expect, it } from "vitest";
import presentationDa from "@/content/messages/da/presentation.json";
import presentationEn from "@/content/messages/en/presentation.json";
import { fillText } from "./report-texts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the presentation messages", () => {
  it("have the same keys and the same placeholders in Danish and English", () => {
    expect(Object.keys(presentationEn).sort()).toEqual(Object.keys(presentationDa).sort());
    for (const [key, da] of Object.entries(presentationDa)) {
      const en = presentationEn[key as keyof typeof presentationEn];
      expect(placeholders(en), key).toEqual(placeholders(da));
      expect(da.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
    }
  });

  it("use only plain {name} placeholders, so they read the same with or without an ICU formatter", () => {
    for (const text of [...Object.values(presentationDa), ...Object.values(presentationEn)]) {
      // A brace is only ever a placeholder: no plural, select or nested braces.
      expect(text.replace(/\{\w+\}/g, "")).not.toMatch(/[{}]/);
    }
  });

  it("fills placeholders and leaves unknown ones as they are", () => {
    expect(fillText("Side {page} af {total}", { page: 2, total: 9 })).toBe("Side 2 af 9");
    expect(fillText("{a} {b}", { a: "x" })).toBe("x {b}");
  });
});
