/**
 * The autosave's key and format version, in a module of their own without zod, so the front
 * page's "continue where you left off" can read them without loading the schemas.
 */

/** The localStorage key of the autosaved assessment. */
export const STORAGE_KEY = "ai-parathed:assessment";

/** The envelope's format version. Bump it and add a migration when the envelope changes. */
export const STORAGE_VERSION = 2;
