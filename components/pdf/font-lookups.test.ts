import { describe, expect, it } from "vitest";
import { isLookupFont, rememberFontLookups, type LookupFont } from "./font-lookups";

/** A font with glyphs for A–Z only, counting how often it was really asked. */
function countingFont() {
  const asked: number[] = [];
  const font = {
    get unitsPerEm() {
      asked.push(-1);
      return 1000;
    },
    hasGlyphForCodePoint(codePoint: number) {
      asked.push(codePoint);
      return codePoint >= 65 && codePoint <= 90;
    },
  };
  return { font: font as LookupFont, asked };
}

describe("remembered font lookups", () => {
  it("give the font's own answers and ask the font once per character", () => {
    const { font, asked } = countingFont();
    expect(isLookupFont(font)).toBe(true);
    asked.length = 0;
    rememberFontLookups(font);
    expect([font.hasGlyphForCodePoint(65), font.hasGlyphForCodePoint(97)]).toEqual([true, false]);
    expect([font.hasGlyphForCodePoint(65), font.hasGlyphForCodePoint(97)]).toEqual([true, false]);
    expect([font.unitsPerEm, font.unitsPerEm]).toEqual([1000, 1000]);
    expect(asked).toEqual([-1, 65, 97]);
  });

  it("leave anything that is not a font alone", () => {
    expect(isLookupFont(null)).toBe(false);
    expect(isLookupFont({ unitsPerEm: 1000 })).toBe(false);
  });
});
