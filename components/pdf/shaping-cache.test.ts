import { describe, expect, it } from "vitest";
import { cacheShaping, type ShapingFont } from "./shaping-cache";

/** A font that shapes each character as one glyph and counts how often it really shaped. */
function countingFont() {
  const shaped: string[] = [];
  const font: ShapingFont = {
    layout(text: unknown, features?: unknown) {
      shaped.push(`${String(text)}:${JSON.stringify(features ?? null)}`);
      const characters = [...String(text)];
      return {
        glyphs: characters.map((character) => ({ id: character.codePointAt(0) })),
        positions: characters.map((_, index) => ({
          xAdvance: 500 + index,
          yAdvance: 0,
          xOffset: 0,
          yOffset: 0,
        })),
      };
    },
  };
  return { font, shaped };
}

describe("the shaping cache", () => {
  it("shapes a run of text once and gives the same glyphs and positions every time after", () => {
    const { font, shaped } = countingFont();
    const first = countingFont().font.layout("Parathed", ["kern"]);
    cacheShaping(font);
    expect(font.layout("Parathed", ["kern"])).toEqual(first);
    expect(font.layout("Parathed", ["kern"])).toEqual(first);
    expect(shaped).toEqual(['Parathed:["kern"]']);
  });

  it("keeps runs shaped with other features or direction apart", () => {
    const { font, shaped } = countingFont();
    cacheShaping(font);
    font.layout("fi", ["liga"]);
    font.layout("fi", []);
    font.layout("fi", ["liga"], undefined, undefined, "rtl");
    expect(shaped).toHaveLength(3);
  });

  it("hands out fresh arrays and positions, so a report that changes them cannot change the next", () => {
    const { font } = countingFont();
    cacheShaping(font);
    const first = font.layout("Faxe");
    first.glyphs[0] = { id: 32 };
    (first.positions[0] as { xAdvance: number }).xAdvance = 0;
    const second = font.layout("Faxe");
    expect(second.glyphs[0]).toEqual({ id: "F".codePointAt(0) });
    expect(second.positions[0]).toMatchObject({ xAdvance: 500 });
  });

  it("holds at most the given number of characters, dropping the least recently used run first", () => {
    const { font, shaped } = countingFont();
    const held = cacheShaping(font, 10);
    font.layout("aaaa");
    font.layout("bbbb");
    expect(held()).toBe(8);
    font.layout("aaaa"); // used again: now the most recent
    font.layout("cccc"); // 12 characters: "bbbb" goes
    expect(held()).toBe(8);
    font.layout("aaaa");
    font.layout("bbbb");
    expect(shaped.map((entry) => entry.split(":")[0])).toEqual(["aaaa", "bbbb", "cccc", "bbbb"]);
    expect(held()).toBeLessThanOrEqual(10);
  });

  it("shapes a text longer than the whole cache every time, without keeping it", () => {
    const { font, shaped } = countingFont();
    cacheShaping(font, 5);
    font.layout("longer than five");
    font.layout("longer than five");
    expect(shaped).toHaveLength(2);
  });
});
