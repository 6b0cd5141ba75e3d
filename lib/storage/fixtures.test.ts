import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { validateAnswers } from "../engine/validate-answers";
import { buildFullyAnsweredDocument } from "../report/report-test-documents";
import { ANSWERS_SCHEMA_VERSION, limits } from "../schemas/answers";
import { deriveLegacyProjectId } from "../schemas/migrate-answers-document";
import { parseAnswersFile } from "./answers-file";
import { checkDraftAgainstContent } from "./check-draft";
import type { DraftDocument } from "./draft-document";
import { STORAGE_KEY, STORAGE_VERSION } from "./envelope";
import { loadStoredAssessment, saveStoredAssessment, type DraftChecker } from "./stored-assessment";
import { createMemoryStorage } from "./test-helpers";

/**
 * Envelopes and answers files as real versions of the app stored and exported them (see
 * fixtures/README.md). Each must still load, with every answer, in the current version.
 */
const fixturesDir = join(__dirname, "fixtures");
const fixtureNames = readdirSync(fixturesDir);
const readFixture = (name: string) => readFileSync(join(fixturesDir, name), "utf8");

/** The check the app runs on stored drafts: known questions and options. */
const checkDraft: DraftChecker = (draft) => checkDraftAgainstContent(draft, content);

function loadFixture(name: string) {
  return loadStoredAssessment(createMemoryStorage({ [STORAGE_KEY]: readFixture(name) }), checkDraft);
}

/** An older document as the migration leaves it: the current version, and a project id derived from its creation time. */
function migrated(document: { createdAt: string; projectId?: string }) {
  return {
    ...document,
    schemaVersion: ANSWERS_SCHEMA_VERSION,
    projectId: document.projectId ?? deriveLegacyProjectId(document.createdAt),
  };
}

const storedEnvelopes = fixtureNames.filter((name) => /^storage-v\d+-.+\.json$/.test(name));
const answersFiles = fixtureNames.filter((name) => /^answers-v\d+-.+\.json$/.test(name));

describe("fixtures of every stored version", () => {
  it("exist for every storage version up to the current one and every answers format", () => {
    for (let version = 1; version <= STORAGE_VERSION; version += 1) {
      expect(
        storedEnvelopes.filter((name) => name.startsWith(`storage-v${version}-`)).length,
      ).toBeGreaterThan(0);
    }
    for (let version = 1; version <= ANSWERS_SCHEMA_VERSION; version += 1) {
      expect(answersFiles.filter((name) => name.startsWith(`answers-v${version}-`)).length).toBeGreaterThan(
        0,
      );
    }
  });

  it.each(storedEnvelopes)("%s loads in the current version with every answer, note and field", (name) => {
    const original = JSON.parse(readFixture(name));
    const loaded = loadFixture(name);
    expect(loaded.status).toBe("ok");
    if (loaded.status !== "ok") return;
    expect(loaded.envelope.storageVersion).toBe(STORAGE_VERSION);
    expect(loaded.envelope.step).toBe(original.step);
    expect(loaded.envelope.savedAt).toBe(original.savedAt);
    // Older answers formats are migrated: the same document, at the current version.
    expect(loaded.envelope.document).toEqual(migrated(original.document));
  });

  it.each(storedEnvelopes)("%s is saved again in the current format without losing an answer", (name) => {
    const loaded = loadFixture(name);
    if (loaded.status !== "ok") throw new Error(`${name} did not load`);
    const storage = createMemoryStorage();
    const { step, document } = loaded.envelope;
    saveStoredAssessment(storage, { step, document }, new Date("2026-12-01T09:00:00.000Z"));
    const again = loadStoredAssessment(storage, checkDraft);
    expect(again).toMatchObject({ status: "ok", envelope: { storageVersion: STORAGE_VERSION, document } });
  });

  it.each(answersFiles)("%s, an exported answers file, imports with every answer", (name) => {
    const text = readFixture(name);
    const result = parseAnswersFile(text, (input) => validateAnswers(input, content, "da"));
    expect(result).toEqual({
      ok: true,
      document: migrated(JSON.parse(text)),
    });
  });

  it("an exported file and the stored envelope of the same answers hold the same document", () => {
    const loaded = loadFixture("storage-v1-faxe.json");
    const exported: DraftDocument = JSON.parse(readFixture("answers-v1-faxe.json"));
    expect(loaded.status === "ok" && loaded.envelope.document).toEqual(migrated(exported));
  });
});

describe("fixtures that must not load", () => {
  it("reports a truncated (corrupt) envelope as damaged and keeps its text for download", () => {
    expect(loadFixture("storage-corrupt.txt")).toEqual({
      status: "unreadable",
      reason: "not-json",
      raw: readFixture("storage-corrupt.txt"),
    });
  });

  it("refuses an envelope from a newer version of the app instead of guessing", () => {
    expect(loadFixture("storage-newer-version.json")).toMatchObject({
      status: "unreadable",
      reason: "newer-version",
    });
  });

  it("refuses an answers file from a newer version of the app", () => {
    const result = parseAnswersFile(readFixture("answers-newer-version.json"), (input) =>
      validateAnswers(input, content, "da"),
    );
    expect(result).toEqual({ ok: false, reason: "newer-version", issues: [] });
  });
});

describe("markup in every text field", () => {
  it.each(["storage-v1-markup.json", "storage-v2-markup.json"])(
    "%s loads with the markup kept as the literal text the user typed",
    (name) => {
      const loaded = loadFixture(name);
      if (loaded.status !== "ok") throw new Error(`${name} did not load`);
      const { project, answers } = loaded.envelope.document;
      for (const text of [
        project.title,
        project.organisation,
        project.description,
        answers["dt-data-access"]?.note,
      ]) {
        expect(text).toMatch(/^<script>alert\(".+"\)<\/script><img src=x onerror=/);
      }
    },
  );
});

describe("notes over the budget for all notes together", () => {
  it("a stored draft with more notes than the budget (saved before it existed) loads with every note, and the results refuse it naming the notes", () => {
    const full = buildFullyAnsweredDocument("da", "Lang note. ".repeat(90));
    expect(Object.keys(full.answers).length * full.answers["domain"]!.note!.length).toBeGreaterThan(
      limits.notesTotalLength,
    );
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "review", document: full }, new Date("2026-12-01T09:00:00.000Z"));
    const loaded = loadStoredAssessment(storage, checkDraft);
    expect(loaded).toMatchObject({ status: "ok", envelope: { document: { answers: full.answers } } });
    const validation = validateAnswers(full, content, "en");
    expect(validation.ok ? [] : validation.issues.map((issue) => issue.path)).toEqual(["answers"]);
  });
});
