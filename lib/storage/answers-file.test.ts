import { describe, expect, it } from "vitest";
import { answersDocumentSchema, type AnswersDocument } from "../schemas/answers";
import {
  decodeAnswersFile,
  buildAnswersFileName,
  parseAnswersFile,
  serializeAnswersDocument,
  type AnswersValidator,
} from "./answers-file";

const document: AnswersDocument = {
  schemaVersion: 3,
  language: "da",
  project: { title: "Ældrepleje på nattevagt", organisation: "Næstved Kommune", description: "" },
  answers: { domain: { type: "option", value: "elderly-care" } },
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};

/** Stands in for the engine's validateAnswers: the schema check alone. */
const validate: AnswersValidator = (input) => {
  const result = answersDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  };
};

describe("answers file", () => {
  it("reads back exactly what was exported", () => {
    expect(parseAnswersFile(serializeAnswersDocument(document), validate)).toEqual({ ok: true, document });
  });

  it("decodes UTF-8 and UTF-16 with its byte order mark, and refuses Latin-1 rather than guess", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("æø", (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeAnswersFile(new TextEncoder().encode("\uFEFFÆrø"))).toBe("Ærø");
    expect(decodeAnswersFile(utf16)).toBe("æø");
    expect(decodeAnswersFile(new Uint8Array([0xc6, 0x72, 0xf8]))).toBeNull();
  });

  it("reads a file saved with a byte-order mark", () => {
    expect(parseAnswersFile(`\uFEFF${JSON.stringify(document)}`, validate).ok).toBe(true);
  });

  it("accepts the browser's storage envelope around a document", () => {
    const envelope = { storageVersion: 1, savedAt: document.updatedAt, step: "review", document };
    expect(parseAnswersFile(JSON.stringify(envelope), validate)).toEqual({ ok: true, document });
  });

  it("says a file that is not JSON is not JSON", () => {
    expect(parseAnswersFile("Projekt: chatbot", validate)).toEqual({
      ok: false,
      reason: "not-json",
      issues: [],
    });
  });

  it("says a file from a newer version of the app is newer", () => {
    const newer = JSON.stringify({ ...document, schemaVersion: 4 });
    expect(parseAnswersFile(newer, validate)).toEqual({ ok: false, reason: "newer-version", issues: [] });
  });

  it("lists what is wrong with a document that does not validate", () => {
    const broken = JSON.stringify({ ...document, project: { ...document.project, title: "" } });
    const result = parseAnswersFile(broken, validate);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("invalid");
    expect(result.issues.map((issue) => issue.path)).toContain("project.title");
  });

  it("refuses a file far larger than any answers document", () => {
    const huge = JSON.stringify({ ...document, padding: "x".repeat(1_100_000) });
    expect(parseAnswersFile(huge, validate)).toMatchObject({ ok: false, reason: "too-large" });
  });
});

describe("buildAnswersFileName", () => {
  it("names the file after the project and the day, with Danish letters spelled out", () => {
    expect(buildAnswersFileName("Ældrepleje på nattevagt!", new Date(2026, 2, 1))).toBe(
      "ai-parathed-aeldrepleje-paa-nattevagt-2026-03-01.json",
    );
  });

  it("falls back to the date alone when the title has no usable letters", () => {
    expect(buildAnswersFileName("???", new Date(2026, 10, 28))).toBe("ai-parathed-2026-11-28.json");
  });
});
