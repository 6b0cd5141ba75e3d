import { ANSWERS_SCHEMA_VERSION } from "../schemas/answers";
import { migrateAnswersDocument } from "../schemas/migrate-answers-document";
import type { DraftDocument } from "./draft-document";
import {
  STORAGE_KEY,
  STORAGE_VERSION,
  isRecord,
  migrateEnvelope,
  storageEnvelopeSchema,
  type StorageEnvelope,
} from "./envelope";
import { createRevision, createTabId, type Revision } from "./revision";
import type { AssessmentStepId } from "./steps";

/** The part of the Web Storage API used here, so tests and other stores can stand in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why stored data could not be used. The raw text is kept so the user can download it. */
export type UnreadableReason = "not-json" | "newer-version" | "invalid";

export type LoadResult =
  | { status: "empty" }
  | { status: "ok"; envelope: StorageEnvelope; raw: string }
  | { status: "unreadable"; reason: UnreadableReason; raw: string };

/** Checks a draft against the content (known questions and options); returns problems found. */
export type DraftChecker = (document: DraftDocument) => string[];

/**
 * Reads the autosaved assessment. Data that cannot be used is reported with its raw text, never
 * removed: the caller tells the user and lets them download it before starting afresh.
 */
export function loadStoredAssessment(storage: KeyValueStorage, checkDraft?: DraftChecker): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { status: "empty" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: "unreadable", reason: "not-json", raw };
  }
  const migrated = migrateEnvelope(parsed);
  if (!migrated.ok) return { status: "unreadable", reason: migrated.reason, raw };
  if (isNewerDocument(migrated.envelope)) return { status: "unreadable", reason: "newer-version", raw };
  const result = storageEnvelopeSchema.safeParse(withMigratedDocument(migrated.envelope));
  if (!result.success) return { status: "unreadable", reason: "invalid", raw };
  if (checkDraft && checkDraft(result.data.document).length > 0) {
    return { status: "unreadable", reason: "invalid", raw };
  }
  return { status: "ok", envelope: result.data, raw };
}

/** What was written: the envelope and its text as stored. */
export type SaveResult = { ok: true; envelope: StorageEnvelope; raw: string } | { ok: false };

/**
 * Saves the draft and the current step under a new revision (a random one unless the caller,
 * which tracks its own saves, gives one). Fails softly (quota, private mode) and says so.
 * Whether another tab saved in between is the caller's check: see reconcileWithStored.
 */
export function saveStoredAssessment(
  storage: KeyValueStorage,
  state: { step: AssessmentStepId; document: DraftDocument; revision?: Revision },
  now: Date,
): SaveResult {
  const envelope: StorageEnvelope = {
    storageVersion: STORAGE_VERSION,
    revision: state.revision ?? createRevision(createTabId(), 1),
    savedAt: now.toISOString(),
    step: state.step,
    document: state.document,
  };
  const raw = JSON.stringify(envelope);
  try {
    storage.setItem(STORAGE_KEY, raw);
    return { ok: true, envelope, raw };
  } catch {
    return { ok: false };
  }
}

export function clearStoredAssessment(storage: KeyValueStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage that cannot be written cannot hold an assessment either: nothing to clear.
  }
}

/** The envelope with its answers document brought up to the current version (see migrateAnswersDocument). */
function withMigratedDocument(envelope: unknown): unknown {
  if (!isRecord(envelope)) return envelope;
  return { ...envelope, document: migrateAnswersDocument(envelope.document) };
}

function isNewerDocument(envelope: unknown): boolean {
  if (!isRecord(envelope) || !isRecord(envelope.document)) return false;
  const version = envelope.document.schemaVersion;
  return typeof version === "number" && version > ANSWERS_SCHEMA_VERSION;
}
