import { describe, expect, it } from "vitest";
import { shortenText } from "./shorten-text";

describe("shortenText", () => {
  it("leaves a text that fits as it is", () => {
    expect(shortenText("Kort tekst", 100)).toEqual({ text: "Kort tekst", shortened: false });
  });

  it("cuts a long text at a space near the limit and marks the cut", () => {
    const result = shortenText("ord ".repeat(100), 50);
    expect(result.shortened).toBe(true);
    expect(result.text.endsWith("ord…")).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(51);
  });

  it("cuts a text without spaces at the limit, never inside an emoji", () => {
    const result = shortenText("🚀".repeat(80), 10);
    expect(result.text).toBe(`${"🚀".repeat(10)}…`);
  });
});
