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
  | {
      ok: false;
      reason: "too-large" | "not-utf-8" | "not-json" | "newer-version" | "invalid";
      issues: FileIssue[];
    };

/**
 * The text of a file's bytes: UTF-8 (a byte order mark dropped), or UTF-16 after its byte order
 * mark. Bytes that are neither, such as a file saved as Latin-1 or Windows-1252, give null rather
 * than text with æ, ø and å silently replaced by "�".
 */
export function decodeAnswersFile(bytes: Uint8Array): string | null {
  const encoding =
    bytes[0] === 0xfe && bytes[1] === 0xff
      ? "utf-16be"
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads an imported answers file from its bytes (decodeAnswersFile, then parseAnswersFile). */
export function parseAnswersFileBytes(bytes: Uint8Array, validate: AnswersValidator): AnswersFileResult {
  if (bytes.byteLength > MAX_ANSWERS_FILE_BYTES * 4) return { ok: false, reason: "too-large", issues: [] };
  const text = decodeAnswersFile(bytes);
  if (text === null) return { ok: false, reason: "not-utf-8", issues: [] };
  return parseAnswersFile(text, validate);
}

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
