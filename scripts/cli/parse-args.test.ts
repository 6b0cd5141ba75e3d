import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./parse-args";

describe("parseCliArgs", () => {
  it("reads the file, the language, --json and --pdf", () => {
    expect(parseCliArgs(["a.json", "--lang", "en", "--json", "--pdf", "out.pdf"])).toEqual({
      ok: true,
      value: { file: "a.json", lang: "en", json: true, pdf: "out.pdf", businessCase: false },
    });
  });

  it("reads --business-case", () => {
    expect(parseCliArgs(["a.json", "--business-case"])).toMatchObject({
      ok: true,
      value: { file: "a.json", businessCase: true },
    });
  });

  it("asks for the file when it is missing", () => {
    expect(parseCliArgs(["--json"])).toEqual({ ok: false, message: "Name the answers file." });
  });

  it("refuses a language other than da or en", () => {
    const parsed = parseCliArgs(["a.json", "--lang", "de"]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("da or en");
  });

  it("refuses unknown options and a second file", () => {
    expect(parseCliArgs(["a.json", "--verbose"]).ok).toBe(false);
    expect(parseCliArgs(["a.json", "b.json"]).ok).toBe(false);
  });
});
