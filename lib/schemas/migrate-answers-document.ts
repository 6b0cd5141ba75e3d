import { ANSWERS_SCHEMA_VERSION } from "./answers";

/** A migration turns an answers document of version n (the key) into one of version n + 1. */
export type DocumentMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from older versions of the answers document, keyed by the version they upgrade from. */
export const documentMigrations: Readonly<Record<number, DocumentMigration>> = {
  // Version 2 added the optional business case: a version 1 document is a version 2 one without it.
  1: (document) => document,
};

/**
 * Brings an answers document (an exported file, an API body, an autosaved draft) up to
 * ANSWERS_SCHEMA_VERSION. Anything that is not an older document with a known migration is
 * returned as it is, so that validation reports it as it would have: a newer version, a missing
 * or wrong version, or no document at all.
 */
export function migrateAnswersDocument(
  raw: unknown,
  migrations: Readonly<Record<number, DocumentMigration>> = documentMigrations,
  targetVersion: number = ANSWERS_SCHEMA_VERSION,
): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  let document = raw as Record<string, unknown>;
  let version = document.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) return raw;
  while (version < targetVersion) {
    const migrate = migrations[version];
    if (!migrate) return raw;
    document = { ...migrate(document), schemaVersion: version + 1 };
    version += 1;
  }
  return document;
}
