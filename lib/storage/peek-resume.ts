import { STORAGE_VERSION } from "./storage-key";

/** What the front page needs to offer "continue where you left off". */
export interface ResumeInfo {
  /** The project's title, trimmed; empty when the user has not written one yet. */
  title: string;
  /** The step the user was on: a path segment under /assessment. */
  step: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

/**
 * The questionnaire's steps and the answers format this version reads, as plain data: the front
 * page does without the schemas. peek-resume.test.ts checks them against steps.ts and the schema.
 */
export const KNOWN_STEPS: readonly string[] = [
  "profile",
  "profile-solution",
  "data-technology",
  "organisation",
  "competences",
  "legal",
  "scaling",
  "start-small",
  "legal-early",
  "data-first",
  "review",
];
export const READABLE_SCHEMA_VERSION = 3;
const MAX_TITLE_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * A quick look at the stored assessment, without the schemas (they stay off the front page):
 * whether there is an assessment in progress to go back to, and where. It only reads; the
 * questionnaire validates the stored answers in full when the user goes back, and reports any
 * that cannot be used. Stored data of a newer format, or that is not an assessment, gives null.
 */
export function peekResumeInfo(raw: string | null): ResumeInfo | null {
  if (raw === null) return null;
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(envelope)) return null;
  const { storageVersion, step, savedAt, document } = envelope;
  if (typeof storageVersion !== "number" || !Number.isInteger(storageVersion)) return null;
  if (storageVersion < 1 || storageVersion > STORAGE_VERSION) return null;
  if (typeof step !== "string" || !KNOWN_STEPS.includes(step)) return null;
  if (typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt))) return null;
  if (!isRecord(document) || !isRecord(document.project) || !isRecord(document.answers)) return null;
  const { schemaVersion } = document;
  if (typeof schemaVersion === "number" && !(schemaVersion <= READABLE_SCHEMA_VERSION)) return null;
  const { title, organisation, description } = document.project;
  if (title !== undefined && (typeof title !== "string" || title.length > MAX_TITLE_LENGTH)) return null;
  const started =
    Object.keys(document.answers).length > 0 ||
    hasText(title) ||
    hasText(organisation) ||
    hasText(description);
  if (!started) return null;
  return { title: typeof title === "string" ? title.trim() : "", step, savedAt };
}
