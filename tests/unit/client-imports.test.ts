import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What the browser's JavaScript can reach from the client components ("use client" modules in
 * app/ and components/), following the project's own imports (`import type` aside, as it leaves
 * nothing in the bundle). The content comes to the browser from the server, in the page's
 * language; importing it would put all of it, in both languages, into the page's JavaScript.
 */
const root = resolve(__dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(join(root, from)), specifier)
      : null;
  if (!base) return null;
  const candidate = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((suffix) => base + suffix)
    .find((path) => existsSync(path) && statSync(path).isFile());
  return candidate ? relative(root, candidate) : null;
}

function reachableFrom(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(join(root, file), "utf8").matchAll(importPattern)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? "");
      if (target) queue.push(target);
    }
  }
  return seen;
}

const clientEntries = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
  /^\s*["']use client["']/.test(readFileSync(join(root, file), "utf8")),
);

describe("the browser's JavaScript", () => {
  const reachable = reachableFrom(clientEntries);

  it("starts from the client components of the questionnaire and the results", () => {
    expect(clientEntries).toEqual(
      expect.arrayContaining([
        "components/assessment/browser-assessment-provider.tsx",
        "components/assessment/questionnaire-view.tsx",
        "components/results/results-content.tsx",
      ]),
    );
    expect(reachable).toContain("components/assessment/browser-store.ts");
    expect(reachable).toContain("lib/engine/assess-project.ts");
  });

  it("imports no content but the small maps of result labels and of the business case", () => {
    const contentFiles = [...reachable].filter((file) => file.startsWith("content/")).sort();
    expect(contentFiles).toEqual([
      "content/business-case/derived-figures.ts",
      "content/business-case/volume-bands.ts",
      "content/result-labels.ts",
    ]);
  });

  it("builds no content schemas: of lib/schemas only the answers' schemas, the ids and question-kind", () => {
    // question.ts, condition.ts, vocabulary.ts and the rest build zod schemas for the content,
    // which the browser never checks; building them cost the first read of storage.
    const schemaFiles = [...reachable].filter((file) => file.startsWith("lib/schemas/")).sort();
    expect(schemaFiles).toEqual([
      "lib/schemas/answers.ts",
      "lib/schemas/common.ts",
      "lib/schemas/migrate-answers-document.ts",
      "lib/schemas/question-kind.ts",
    ]);
  });
});
