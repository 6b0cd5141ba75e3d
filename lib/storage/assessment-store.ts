import type { AnswersDocument } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import { createDraftDocument, type DraftDocument } from "./draft-document";
import { STORAGE_KEY } from "./envelope";
import { createRevision, createTabId } from "./revision";
import type { AssessmentStepId } from "./steps";
import {
  clearStoredAssessment,
  loadStoredAssessment,
  saveStoredAssessment,
  type DraftChecker,
  type KeyValueStorage,
  type LoadResult,
  type UnreadableReason,
} from "./stored-assessment";
import {
  markStored,
  reconcileWithStored,
  type Reconciliation,
  type StoredChange,
  type StoredMark,
} from "./tab-sync";

export interface ReadySnapshot {
  status: "ready";
  step: AssessmentStepId;
  document: DraftDocument;
  /** When the answers were last saved in the browser; null before the first save. */
  savedAt: string | null;
  /** The browser refused the last save (full or blocked storage). */
  saveFailed: boolean;
  /** Another tab changed the stored answers as well: this tab saves nothing until the user chooses. */
  conflict: StoredChange | null;
  /** Bumped when the whole document is replaced (import, start over, another tab's answers). */
  generation: number;
}

export type AssessmentSnapshot =
  { status: "loading" } | { status: "unreadable"; reason: UnreadableReason; raw: string } | ReadySnapshot;

export interface AssessmentStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): AssessmentSnapshot;
  getServerSnapshot(): AssessmentSnapshot;
  updateDocument(update: (draft: DraftDocument) => DraftDocument): void;
  setStep(step: AssessmentStepId): void;
  /** Replaces all answers (an import); true when they were saved in the browser. */
  replaceDocument(document: AnswersDocument | DraftDocument, step: AssessmentStepId): boolean;
  startOver(language: Locale): void;
  /** Resolves a conflict by showing what another tab stored; this tab's own changes are dropped. */
  loadStoredAnswers(): void;
  /** Resolves a conflict by saving this tab's answers over what another tab stored. */
  keepTabAnswers(): void;
}

interface StoreOptions {
  /** Returns the browser's localStorage; may throw where storage is blocked. */
  getStorage: () => KeyValueStorage;
  /** Checks a stored draft against the content (see checkDraftAgainstContent); a refused draft is unreadable. */
  checkDraft: DraftChecker;
  now?: () => Date;
  /** Identifies this tab's saves; random unless a test fixes it. */
  tabId?: string;
}

const loading: AssessmentSnapshot = { status: "loading" };

function notReady(): never {
  throw new Error("The assessment cannot change before the content has loaded.");
}

/**
 * The store's stand-in while the content loads: stored drafts are checked against the content,
 * so until it is there the assessment shows as loading, and nothing can change it.
 */
export const loadingAssessmentStore: AssessmentStore = Object.freeze({
  subscribe: () => () => {},
  getSnapshot: () => loading,
  getServerSnapshot: () => loading,
  updateDocument: notReady,
  setStep: notReady,
  replaceDocument: notReady,
  startOver: notReady,
  loadStoredAnswers: notReady,
  keepTabAnswers: notReady,
});
const inSync: { decision: Reconciliation; result: null } = { decision: { action: "none" }, result: null };

/**
 * The assessment as the browser keeps it: read from storage on first use, saved on every change.
 * It holds answers only; scores are computed from them by the engine where they are shown.
 * Before each save, and whenever another tab saves, it compares storage with what it last read
 * or wrote, so two tabs never silently overwrite each other (see reconcileWithStored).
 */
export function createAssessmentStore({
  getStorage,
  checkDraft,
  now = () => new Date(),
  tabId = createTabId(),
}: StoreOptions): AssessmentStore {
  const listeners = new Set<() => void>();
  let snapshot: AssessmentSnapshot = loading;
  let storage: KeyValueStorage | null = null;
  let generation = 0;
  let saves = 0;
  // What this tab last read or wrote, and the answers it last took from storage.
  let known: StoredMark = { status: "empty" };
  let knownRaw: string | null = null;
  let base: DraftDocument = createDraftDocument("da", now());

  const notify = () => listeners.forEach((listener) => listener());

  function openStorage(): KeyValueStorage | null {
    if (storage) return storage;
    try {
      storage = getStorage();
    } catch {
      storage = null;
    }
    return storage;
  }

  function take(result: LoadResult) {
    known = markStored(result);
    knownRaw = result.status === "empty" ? null : result.raw;
  }

  function snapshotFrom(
    result: LoadResult,
    step: AssessmentStepId | null,
    language: Locale,
  ): AssessmentSnapshot {
    take(result);
    if (result.status === "unreadable") {
      base = createDraftDocument(language, now());
      return { status: "unreadable", reason: result.reason, raw: result.raw };
    }
    const envelope = result.status === "ok" ? result.envelope : null;
    base = envelope?.document ?? createDraftDocument(language, now());
    return {
      status: "ready",
      step: step ?? envelope?.step ?? "profile",
      document: base,
      savedAt: envelope?.savedAt ?? null,
      saveFailed: false,
      conflict: null,
      generation,
    };
  }

  function load(): AssessmentSnapshot {
    const store = openStorage();
    if (store) return snapshotFrom(loadStoredAssessment(store, checkDraft), null, "da");
    const fresh = snapshotFrom({ status: "empty" }, null, "da");
    return fresh.status === "ready" ? { ...fresh, saveFailed: true } : fresh;
  }

  function adopt(result: LoadResult, step: AssessmentStepId, language: Locale) {
    generation += 1;
    snapshot = snapshotFrom(result, step, language);
    notify();
  }

  /** What another tab did to storage since this tab last read or wrote it, if anything. */
  function readChange(document: DraftDocument) {
    const store = openStorage();
    if (!store || store.getItem(STORAGE_KEY) === knownRaw) return inSync;
    const result = loadStoredAssessment(store, checkDraft);
    return { decision: reconcileWithStored({ known, base, document }, result), result };
  }

  function save(
    step: AssessmentStepId,
    document: DraftDocument,
    { replaced = false, force = false } = {},
  ): boolean {
    if (replaced) generation += 1;
    const previous = snapshot.status === "ready" ? snapshot : null;
    const keepUnsaved = (conflict: StoredChange) => {
      snapshot = {
        status: "ready",
        step,
        document,
        savedAt: previous?.savedAt ?? null,
        saveFailed: false,
        conflict,
        generation,
      };
      notify();
      return false;
    };
    if (!force) {
      if (previous?.conflict) return keepUnsaved(previous.conflict);
      const { decision, result } = readChange(document);
      if (decision.action === "conflict") return keepUnsaved(decision.change);
      if (decision.action === "adopt" && result) {
        adopt(result, step, document.language);
        return false;
      }
    }
    saves += 1;
    const store = openStorage();
    const revision = createRevision(tabId, saves);
    const result = store ? saveStoredAssessment(store, { step, document, revision }, now()) : null;
    if (result?.ok) {
      known = { status: "ok", revision: result.envelope.revision };
      knownRaw = result.raw;
    }
    snapshot = {
      status: "ready",
      step,
      document,
      savedAt: result?.ok ? result.envelope.savedAt : (previous?.savedAt ?? null),
      saveFailed: !result?.ok,
      conflict: null,
      generation,
    };
    notify();
    return Boolean(result?.ok);
  }

  function getSnapshot(): AssessmentSnapshot {
    if (snapshot.status === "loading") snapshot = load();
    return snapshot;
  }

  /** Brings this tab up to date with another tab's save, or flags the conflict. */
  function syncWithStorage() {
    if (snapshot.status === "loading") return;
    if (snapshot.status === "unreadable") {
      generation += 1;
      snapshot = load();
      return notify();
    }
    const current = snapshot;
    const { decision, result } = readChange(current.document);
    if (!result || decision.action === "none") return;
    if (decision.action === "adopt") return adopt(result, current.step, current.document.language);
    if (decision.action === "conflict") {
      snapshot = { ...current, conflict: decision.change };
    } else {
      take(result);
      snapshot = {
        ...current,
        conflict: null,
        savedAt: result.status === "ok" ? result.envelope.savedAt : null,
      };
    }
    notify();
  }

  function onStorageEvent(event: StorageEvent) {
    if (event.key === STORAGE_KEY || event.key === null) syncWithStorage();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== "undefined") {
        window.addEventListener("storage", onStorageEvent);
        // Another tab may have saved while nothing here was listening.
        syncWithStorage();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== "undefined")
          window.removeEventListener("storage", onStorageEvent);
      };
    },
    getSnapshot,
    getServerSnapshot: () => loading,
    updateDocument(update) {
      const current = getSnapshot();
      if (current.status !== "ready") return;
      const next = update(current.document);
      if (next !== current.document) save(current.step, next);
    },
    setStep(step) {
      const current = getSnapshot();
      if (current.status === "ready" && current.step !== step) save(step, current.document);
    },
    replaceDocument(document, step) {
      getSnapshot();
      return save(step, document, { replaced: true });
    },
    startOver(language) {
      const store = openStorage();
      if (store) clearStoredAssessment(store);
      generation += 1;
      snapshot = snapshotFrom({ status: "empty" }, "profile", language);
      notify();
    },
    loadStoredAnswers() {
      const current = getSnapshot();
      const store = openStorage();
      if (current.status !== "ready" || !store) return;
      adopt(loadStoredAssessment(store, checkDraft), current.step, current.document.language);
    },
    keepTabAnswers() {
      const current = getSnapshot();
      if (current.status === "ready") save(current.step, current.document, { force: true });
    },
  };
}
