import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasDraftContent } from "./draft-document";
import { STORAGE_KEY } from "./envelope";
import { peekResumeInfo } from "./peek-resume";
import { loadStoredAssessment } from "./stored-assessment";
import { assessmentStepIds } from "./steps";
import { createMemoryStorage } from "./test-helpers";

const fixturesDir = join(__dirname, "fixtures");
const storageFixtures = readdirSync(fixturesDir).filter((name) => name.startsWith("storage-"));

/** What the full load (with the schemas) says about the same stored text. */
function fullLoad(raw: string) {
  const result = loadStoredAssessment(createMemoryStorage({ [STORAGE_KEY]: raw }));
  return result.status === "ok" && hasDraftContent(result.envelope.document) ? result.envelope : null;
}

describe("peekResumeInfo (the front page's look at the autosave, without the schemas)", () => {
  it.each(storageFixtures)("agrees with the full load on %s", (name) => {
    const raw = readFileSync(join(fixturesDir, name), "utf8");
    const envelope = fullLoad(raw);
    const info = peekResumeInfo(raw);
    if (envelope) {
      expect(info).toEqual({
        title: envelope.document.project.title.trim(),
        step: envelope.step,
        savedAt: envelope.savedAt,
      });
      expect(assessmentStepIds).toContain(info?.step);
    } else {
      expect(info).toBeNull();
    }
  });

  it("offers nothing for an empty assessment, a newer format or text that is not an assessment", () => {
    const empty = { title: "", organisation: "", description: "" };
    const envelope = (overrides: Record<string, unknown>) =>
      JSON.stringify({
        storageVersion: 2,
        step: "legal",
        savedAt: "2026-11-28T09:00:00.000Z",
        document: { project: empty, answers: {} },
        ...overrides,
      });
    expect(peekResumeInfo(null)).toBeNull();
    expect(peekResumeInfo(envelope({}))).toBeNull();
    expect(
      peekResumeInfo(
        envelope({ storageVersion: 99, document: { project: { ...empty, title: "X" }, answers: {} } }),
      ),
    ).toBeNull();
    expect(peekResumeInfo("{not json")).toBeNull();
    expect(peekResumeInfo("[]")).toBeNull();
    expect(
      peekResumeInfo(envelope({ step: "../../api/assess", document: { project: empty, answers: { a: 1 } } })),
    ).toBeNull();
  });

  it("offers to go back to an untitled assessment that has answers", () => {
    const raw = JSON.stringify({
      storageVersion: 1,
      step: "organisation",
      savedAt: "2026-11-28T09:00:00.000Z",
      document: { project: { title: "  ", organisation: "", description: "" }, answers: { "org-owner": {} } },
    });
    expect(peekResumeInfo(raw)).toEqual({
      title: "",
      step: "organisation",
      savedAt: "2026-11-28T09:00:00.000Z",
    });
  });
});
