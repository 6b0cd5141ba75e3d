import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isScored, specialAnswerIds } from "./question-kind";
import * as question from "./question";

describe("question-kind.ts", () => {
  it("is what question.ts hands on, so server and browser agree", () => {
    expect(question.isScored).toBe(isScored);
    expect(question.specialAnswerIds).toBe(specialAnswerIds);
  });

  it("imports nothing but types, so it builds no schemas (tests/unit/client-imports.test.ts keeps the browser to it)", () => {
    const own = readFileSync(join(__dirname, "question-kind.ts"), "utf8");
    expect(own.match(/^import\s+(?!type\b).*$/gm) ?? []).toEqual([]);
  });
});
