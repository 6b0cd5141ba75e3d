import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { validateAnswers } from "../engine/validate-answers";
import { ANSWERS_SCHEMA_VERSION } from "./answers";
import { deriveLegacyProjectId, migrateAnswersDocument } from "./migrate-answers-document";

const versionOne = {
  schemaVersion: 1,
  language: "da",
  project: { title: "Vejskader", organisation: "Faxe Kommune", description: "" },
  answers: { domain: { type: "option", value: "elderly-care" } },
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};

describe("migrateAnswersDocument", () => {
  it("brings a version 1 document to the current version with every field kept and a project id added", () => {
    expect(migrateAnswersDocument(versionOne)).toEqual({
      ...versionOne,
      schemaVersion: ANSWERS_SCHEMA_VERSION,
      projectId: deriveLegacyProjectId(versionOne.createdAt),
    });
  });

  it("gives a version 2 file the same project id every time, and copies of it the same one", () => {
    const versionTwo = { ...versionOne, schemaVersion: 2 };
    const copy = { ...versionTwo, answers: {}, updatedAt: "2026-04-01T10:00:00.000Z" };
    const first = migrateAnswersDocument(versionTwo) as Record<string, unknown>;
    expect(first.schemaVersion).toBe(3);
    expect(first.projectId).toMatch(/^legacy-[0-9a-f]{16}$/);
    expect((migrateAnswersDocument(copy) as Record<string, unknown>).projectId).toBe(first.projectId);
    const other = { ...versionTwo, createdAt: "2026-03-02T10:00:00.000Z" };
    expect((migrateAnswersDocument(other) as Record<string, unknown>).projectId).not.toBe(first.projectId);
  });

  it("lets a version 2 file pass validation as a version 3 document without respondent or last result", () => {
    const result = validateAnswers({ ...versionOne, schemaVersion: 2 }, content, "da");
    expect(result.ok && result.doc.schemaVersion).toBe(3);
    expect(result.ok && result.doc.respondent).toBeUndefined();
    expect(result.ok && result.doc.lastResult).toBeUndefined();
  });

  it("lets a version 1 file pass validation, without a business case", () => {
    const result = validateAnswers(versionOne, content, "da");
    expect(result.ok).toBe(true);
    expect(result.ok && result.doc.businessCase).toBeUndefined();
  });

  it("leaves newer, unversioned and non-object input for validation to report", () => {
    const newer = { ...versionOne, schemaVersion: ANSWERS_SCHEMA_VERSION + 1 };
    expect(migrateAnswersDocument(newer)).toBe(newer);
    expect(migrateAnswersDocument({ language: "da" })).toEqual({ language: "da" });
    expect(migrateAnswersDocument([1])).toEqual([1]);
    expect(migrateAnswersDocument(null)).toBeNull();
  });

  it("runs each step in turn and refuses to skip a version it has no migration for", () => {
    const migrations = { 1: (doc: Record<string, unknown>) => ({ ...doc, added: true }) };
    expect(migrateAnswersDocument({ schemaVersion: 1 }, migrations, 2)).toEqual({
      schemaVersion: 2,
      added: true,
    });
    expect(migrateAnswersDocument({ schemaVersion: 1 }, {}, 2)).toEqual({ schemaVersion: 1 });
  });
});
