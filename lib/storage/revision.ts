import * as z from "zod/mini";

/**
 * Every save of the assessment carries a revision: an opaque id unique to that save. A tab
 * remembers the revision it last read or wrote; when the stored one differs, another tab (or
 * window) has saved in between.
 */
export const revisionSchema = z.string().check(z.regex(/^[\w.:+-]{1,100}$/));
export type Revision = z.infer<typeof revisionSchema>;

/** A random id for one open tab: a few billion possibilities, enough for the tabs of one browser. */
export function createTabId(randomWords: (count: number) => Uint32Array = fillRandomWords): string {
  return Array.from(randomWords(2), (word) => word.toString(36).padStart(7, "0")).join("");
}

/** The revision of a tab's nth save. */
export function createRevision(tabId: string, sequence: number): Revision {
  return `${tabId}.${sequence}`;
}

/**
 * The revision of an envelope saved before revisions existed (storage version 1). Derived from its
 * save time, not drawn at random, so every tab that reads the same old envelope agrees on it.
 */
export function deriveLegacyRevision(savedAt: unknown): Revision {
  const candidate = `v1-${String(savedAt)}`;
  return revisionSchema.safeParse(candidate).success ? candidate : "v1";
}

function fillRandomWords(count: number): Uint32Array {
  return globalThis.crypto.getRandomValues(new Uint32Array(count));
}
