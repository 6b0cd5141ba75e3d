import * as z from "zod/mini";
import { draftDocumentSchema } from "./draft-document";
import { deriveLegacyRevision, revisionSchema } from "./revision";
import { assessmentStepIdSchema } from "./steps";

import { STORAGE_KEY, STORAGE_VERSION } from "./storage-key";

export { STORAGE_KEY, STORAGE_VERSION };

/**
 * What the browser stores: the draft answers document, the step the user was on, when it was
 * saved and the save's revision (so that two tabs notice each other's saves). The envelope has
 * its own version so that storage can change without changing the answers document's format
 * (which files and the API share).
 */
export const storageEnvelopeSchema = z.strictObject({
  storageVersion: z.literal(STORAGE_VERSION),
  revision: revisionSchema,
  savedAt: z.iso.datetime({ offset: true }),
  step: assessmentStepIdSchema,
  document: draftDocumentSchema,
});
export type StorageEnvelope = z.infer<typeof storageEnvelopeSchema>;

/** A migration turns an envelope of version n (the key) into one of version n + 1. */
export type EnvelopeMigration = (envelope: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from older versions, keyed by the version they upgrade from. */
export const envelopeMigrations: Readonly<Record<number, EnvelopeMigration>> = {
  // Version 2 added the revision. A version 1 envelope gets one derived from its save time.
  1: (envelope) => ({ ...envelope, revision: deriveLegacyRevision(envelope.savedAt) }),
};

export type MigrationResult =
  { ok: true; envelope: unknown } | { ok: false; reason: "newer-version" | "invalid" };

/**
 * Brings a stored envelope up to STORAGE_VERSION, step by step. An envelope from a newer version
 * of the app is refused rather than guessed at; so is one with no usable version.
 */
export function migrateEnvelope(
  raw: unknown,
  migrations: Readonly<Record<number, EnvelopeMigration>> = envelopeMigrations,
  targetVersion: number = STORAGE_VERSION,
): MigrationResult {
  if (!isRecord(raw)) return { ok: false, reason: "invalid" };
  let envelope = raw;
  let version = envelope.storageVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: "invalid" };
  }
  if (version > targetVersion) return { ok: false, reason: "newer-version" };
  while (version < targetVersion) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, reason: "invalid" };
    envelope = { ...migrate(envelope), storageVersion: version + 1 };
    version += 1;
  }
  return { ok: true, envelope };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
