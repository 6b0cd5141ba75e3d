import { describe, expect, it } from "vitest";
import { makePrintable, mapStrings } from "./printable-text";

/** A stand-in font that draws Latin text, the dashes and quotes the report uses, but no emoji or Arabic. */
const latinOnly = (codePoint: number) => codePoint < 0x0250 || (codePoint >= 0x2010 && codePoint <= 0x2027);

describe("makePrintable", () => {
  it("leaves ordinary Danish text alone", () => {
    expect(makePrintable("Æbler, øl og ål – § 136 e", latinOnly)).toEqual({
      text: "Æbler, øl og ål – § 136 e",
      replaced: false,
    });
  });

  it("prints one question mark for each run of characters the font cannot draw", () => {
    const result = makePrintable("Projekt 🚀🚀 og مشروع الذكاء", latinOnly);
    expect(result).toEqual({ text: "Projekt ? og ? ?", replaced: true });
  });

  it("treats an emoji made of several characters as one character", () => {
    expect(makePrintable("a👩‍⚕️b", latinOnly).text).toBe("a?b");
  });

  it("keeps line breaks, turns tabs into spaces and drops control and invisible characters", () => {
    expect(makePrintable("første\r\nanden\tlinje\u0007\u200b", latinOnly).text).toBe("første\nanden linje");
  });

  it("keeps a soft hyphen between letters and drops one that stands alone, starts or ends a line, or repeats", () => {
    expect(makePrintable("data\u00adbeskyttelse", latinOnly).text).toBe("data\u00adbeskyttelse");
    expect(makePrintable("\u00ad", latinOnly).text).toBe("");
    expect(makePrintable(" \u00ad ", latinOnly).text).toBe("  ");
    expect(makePrintable("abc\n\u00ad", latinOnly).text).toBe("abc\n");
    expect(makePrintable("\u00ad\u00ad a", latinOnly).text).toBe(" a");
    expect(makePrintable("ab\u00ad\u00adcd", latinOnly).text).toBe("ab\u00adcd");
  });

  it("joins a letter and its combining accent into the letter the font has", () => {
    expect(makePrintable("e\u0301", latinOnly).text).toBe("é");
  });
});

describe("mapStrings", () => {
  it("applies a change to every string in nested objects and arrays and leaves other values", () => {
    const input = { a: "x", b: [1, "y", { c: "z", d: null }], e: true };
    expect(mapStrings(input, (s) => s.toUpperCase())).toEqual({
      a: "X",
      b: [1, "Y", { c: "Z", d: null }],
      e: true,
    });
    expect(input.a).toBe("x");
  });
});
