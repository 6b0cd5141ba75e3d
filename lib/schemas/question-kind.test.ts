import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { isScored, specialAnswerIds } from "./question-kind";
import * as question from "./question";

const root = join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Import statements that bring in values (not only types) from lib/schemas/question.ts. */
function valueImportsOfQuestion(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+"[^"]*schemas\/question";/gms)]
    .map((match) => match[1] ?? "")
    .filter((names) => !/^\{\s*(type\s+\w+\s*,?\s*)*\}$/.test(names));
}

describe("question-kind.ts", () => {
  it("is what question.ts hands on, so server and browser agree", () => {
    expect(question.isScored).toBe(isScored);
    expect(question.specialAnswerIds).toBe(specialAnswerIds);
  });

  it("builds no schemas, and the browser's code takes question values only from it", () => {
    const own = readFileSync(join(__dirname, "question-kind.ts"), "utf8");
    expect(own.match(/^import\s+(?!type\b).*$/gm) ?? []).toEqual([]);
    const browserCode = [...sourceFiles(join(root, "components")), ...sourceFiles(join(root, "lib/engine"))];
    const offenders = browserCode.filter(
      (file) => valueImportsOfQuestion(readFileSync(file, "utf8")).length > 0,
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
