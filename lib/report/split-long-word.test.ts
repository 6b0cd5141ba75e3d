import { describe, expect, it } from "vitest";
import { MAX_PIECE_LENGTH, splitLongWord } from "./split-long-word";

describe("splitLongWord", () => {
  it("keeps ordinary and long Danish words whole", () => {
    expect(splitLongWord("hjemmel")).toEqual(["hjemmel"]);
    expect(splitLongWord("databeskyttelsesrådgiver")).toEqual(["databeskyttelsesrådgiver"]);
  });

  it("lets a very long word break into short pieces that together are the word", () => {
    const word = "a".repeat(200);
    const pieces = splitLongWord(word);
    expect(pieces.join("")).toBe(word);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(MAX_PIECE_LENGTH);
  });

  it("breaks a pasted address after its slashes and dots", () => {
    const pieces = splitLongWord("https://www.example.dk/ai/projekter/oversigt");
    expect(pieces).toContain("example.");
    expect(pieces.join("")).toBe("https://www.example.dk/ai/projekter/oversigt");
  });

  it("never cuts an emoji or a letter with a combining accent in two", () => {
    const family = "👨‍👩‍👧";
    const word = `${family}${"e\u0301".repeat(30)}${family}`;
    const pieces = splitLongWord(word);
    expect(pieces.join("")).toBe(word);
    expect(pieces[0]?.startsWith(family)).toBe(true);
    for (const piece of pieces) expect(piece.startsWith("\u0301")).toBe(false);
  });
});
