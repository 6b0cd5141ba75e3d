import type { KeyValueStorage } from "./stored-assessment";

/** An in-memory stand-in for localStorage; `failWrites` imitates a full or blocked storage. */
export function createMemoryStorage(
  initial: Record<string, string> = {},
  options: { failWrites?: boolean } = {},
): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      if (options.failWrites) throw new Error("QuotaExceededError");
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}
