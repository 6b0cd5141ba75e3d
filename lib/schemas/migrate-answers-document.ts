import { ANSWERS_SCHEMA_VERSION } from "./answers";

/** A migration turns an answers document of version n (the key) into one of version n + 1. */
export type DocumentMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migrations from older versions of the answers document, keyed by the version they upgrade from. */
export const documentMigrations: Readonly<Record<number, DocumentMigration>> = {
  // Version 2 added the optional business case: a version 1 document is a version 2 one without it.
  1: (document) => document,
  // Version 3 added the project id, the respondent and the last result's summary. An older
  // document gets an id derived from when it was created, so that the same file, and copies of
  // it that others imported, migrate to the same project every time.
  2: (document) => ({ ...document, projectId: deriveLegacyProjectId(document.createdAt) }),
};

/** "legacy-" and 16 hex digits of two FNV-1a hashes of the creation time (a stable, valid id). */
export function deriveLegacyProjectId(createdAt: unknown): string {
  const text = typeof createdAt === "string" ? createdAt : "";
  const hash = (seed: number): string => {
    let value = seed;
    for (let index = 0; index < text.length; index += 1) {
      value ^= text.charCodeAt(index);
      value = Math.imul(value, 0x01000193) >>> 0;
    }
    return value.toString(16).padStart(8, "0");
  };
  return `legacy-${hash(0x811c9dc5)}${hash(0x050c5d1f)}`;
}

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
