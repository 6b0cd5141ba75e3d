import { ANSWERS_SCHEMA_VERSION, type AnswersDocument } from "../schemas/answers";
import { isRecord } from "./envelope";

/** Larger files are refused unread: a real answers document is a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1_000_000;

export interface FileIssue {
  path: string;
  message: string;
}

/** The engine's validateAnswers, bound to the content and the user's language. */
export type AnswersValidator = (
  document: unknown,
) => { ok: true; doc: AnswersDocument } | { ok: false; issues: FileIssue[] };

export type AnswersFileResult =
  | { ok: true; document: AnswersDocument }
  | { ok: false; reason: "too-large" | "not-json" | "newer-version" | "invalid"; issues: FileIssue[] };

/**
 * Reads an imported answers file. Accepts the exported answers document and, for convenience,
 * the browser's storage envelope around one. Nothing is changed here: the caller replaces the
 * user's answers only when this succeeds.
 */
export function parseAnswersFile(text: string, validate: AnswersValidator): AnswersFileResult {
  if (new TextEncoder().encode(text).length > MAX_ANSWERS_FILE_BYTES) {
    return { ok: false, reason: "too-large", issues: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, reason: "not-json", issues: [] };
  }
  const candidate = unwrapEnvelope(parsed);
  if (isRecord(candidate) && typeof candidate.schemaVersion === "number") {
    if (candidate.schemaVersion > ANSWERS_SCHEMA_VERSION) {
      return { ok: false, reason: "newer-version", issues: [] };
    }
  }
  const result = validate(candidate);
  if (!result.ok) return { ok: false, reason: "invalid", issues: result.issues };
  return { ok: true, document: result.doc };
}

/** The exported file's text: the answers document, indented so people can read it. */
export function serializeAnswersDocument(document: AnswersDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "ai-parathed-<project-title>-<yyyy-mm-dd>.json", safe on every file system. */
export function buildAnswersFileName(title: string, date: Date): string {
  const slug = slugify(title);
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, "0"),
    String(date.getDate()).padStart(2, "0"),
  ].join("-");
  return slug ? `ai-parathed-${slug}-${day}.json` : `ai-parathed-${day}.json`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

function unwrapEnvelope(value: unknown): unknown {
  if (isRecord(value) && "storageVersion" in value && "document" in value) return value.document;
  return value;
}
