import { describe, expect, it } from "vitest";
import { createShapingCache } from "./shaping-cache";

function countingFont() {
  const font = {
    calls: 0,
    layout(text: string, features?: unknown) {
      font.calls += 1;
      return { glyphs: [...text], features };
    },
  };
  return font;
}

describe("createShapingCache", () => {
  it("shapes a known text once and hands out the same glyphs afterwards, also in later reports", async () => {
    const font = countingFont();
    const cache = createShapingCache((text) => text === "Sammenfatning");
    cache.install(font);
    const first = await cache.during(async () => font.layout("Sammenfatning"));
    const second = await cache.during(async () => font.layout("Sammenfatning"));
    expect(second).toBe(first);
    expect(font.calls).toBe(1);
  });

  it("keeps other text only while a report is being rendered", async () => {
    const font = countingFont();
    const cache = createShapingCache(() => false);
    cache.install(font);
    await cache.during(async () => {
      font.layout("Projektets titel");
      font.layout("Projektets titel");
      expect(cache.size().transient).toBe(1);
    });
    expect(font.calls).toBe(1);
    expect(cache.size().transient).toBe(0);
    font.layout("Projektets titel");
    expect(font.calls).toBe(2);
  });

  it("keeps a report's text until the last of several concurrent renders ends", async () => {
    const font = countingFont();
    const cache = createShapingCache(() => false);
    cache.install(font);
    let finishFirst: () => void = () => {};
    const first = cache.during(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    await cache.during(async () => font.layout("a"));
    expect(cache.size().transient).toBe(1);
    finishFirst();
    await first;
    expect(cache.size().transient).toBe(0);
  });

  it("tells runs with different features apart", async () => {
    const font = countingFont();
    const cache = createShapingCache(() => true);
    cache.install(font);
    font.layout("x", ["liga"]);
    font.layout("x", ["kern"]);
    expect(font.calls).toBe(2);
  });

  it("wraps a font only once", () => {
    const font = countingFont();
    const cache = createShapingCache(() => true);
    cache.install(font);
    cache.install(font);
    font.layout("x");
    font.layout("x");
    expect(font.calls).toBe(1);
  });
});
