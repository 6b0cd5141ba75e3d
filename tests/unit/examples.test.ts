import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { validateAnswers } from "@/lib/engine/validate-answers";
import { caseIds } from "@/lib/schemas/common";

describe.each(caseIds)("the example answers of %s", (caseId) => {
  const raw: unknown = JSON.parse(readFileSync(join(__dirname, "../../examples", `${caseId}.json`), "utf8"));

  it("is a valid answers document", () => {
    const validation = validateAnswers(raw, content, "en");
    expect(validation.ok ? [] : validation.issues).toEqual([]);
  });

  it("ranks its own case first, with the profile attributes that match", () => {
    const validation = validateAnswers(raw, content, "en");
    if (!validation.ok) throw new Error("invalid example");
    const [first, second] = assessProject(validation.doc, content).matches;
    expect(first?.caseId).toBe(caseId);
    expect(first?.similarity).toBe(100);
    expect(first?.weak).toBe(false);
    expect(first?.matches.map((m) => m.attribute)).toEqual(expect.arrayContaining(["domain", "technology"]));
    expect(second?.similarity ?? 0).toBeLessThan(100);
  });
});
