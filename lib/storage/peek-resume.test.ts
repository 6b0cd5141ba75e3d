import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasDraftContent } from "./draft-document";
import { STORAGE_KEY } from "./envelope";
import { ANSWERS_SCHEMA_VERSION, limits } from "../schemas/answers";
import { KNOWN_STEPS, peekResumeInfo, READABLE_SCHEMA_VERSION } from "./peek-resume";
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
  it("knows the questionnaire's steps and answers format", () => {
    expect(KNOWN_STEPS).toEqual(assessmentStepIds);
    expect(READABLE_SCHEMA_VERSION).toBe(ANSWERS_SCHEMA_VERSION);
    expect(limits.titleLength).toBe(200);
  });

  it("offers no way back to stored data the questionnaire would refuse", () => {
    const raw = readFileSync(join(fixturesDir, "storage-v2-faxe.json"), "utf8");
    const envelope = JSON.parse(raw) as { step: string; document: Record<string, unknown> };
    expect(peekResumeInfo(raw)).not.toBeNull();
    const variants = [
      { ...envelope, step: "nope" },
      { ...envelope, document: { ...envelope.document, schemaVersion: 4 } },
      {
        ...envelope,
        document: {
          ...envelope.document,
          project: { title: "x".repeat(201), organisation: "", description: "" },
        },
      },
    ];
    for (const variant of variants) {
      const text = JSON.stringify(variant);
      expect(fullLoad(text)).toBeNull();
      expect(peekResumeInfo(text)).toBeNull();
    }
  });

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
