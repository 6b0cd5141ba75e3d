import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { createDraftDocument, type DraftDocument } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import type { AssessmentStepId } from "@/lib/storage/steps";
import {
  clearStoredAssessment,
  loadStoredAssessment,
  saveStoredAssessment,
  type DraftChecker,
  type KeyValueStorage,
  type UnreadableReason,
} from "@/lib/storage/stored-assessment";

export type AssessmentSnapshot =
  | { status: "loading" }
  | { status: "unreadable"; reason: UnreadableReason; raw: string }
  | {
      status: "ready";
      step: AssessmentStepId;
      document: DraftDocument;
      /** When the answers were last saved in the browser; null before the first save. */
      savedAt: string | null;
      /** The browser refused the last save (full or blocked storage). */
      saveFailed: boolean;
      /** Bumped when the whole document is replaced (import, start over, another tab). */
      revision: number;
    };

export interface AssessmentStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): AssessmentSnapshot;
  getServerSnapshot(): AssessmentSnapshot;
  updateDocument(update: (draft: DraftDocument) => DraftDocument): void;
  setStep(step: AssessmentStepId): void;
  replaceDocument(document: AnswersDocument | DraftDocument, step: AssessmentStepId): void;
  startOver(language: Locale): void;
}

interface StoreOptions {
  /** Returns the browser's localStorage; may throw where storage is blocked. */
  getStorage: () => KeyValueStorage;
  checkDraft?: DraftChecker;
  now?: () => Date;
}

const loading: AssessmentSnapshot = { status: "loading" };

/**
 * The assessment as the browser keeps it: read from storage on first use, saved on every change.
 * It holds answers only; scores are computed from them by the engine where they are shown.
 */
export function createAssessmentStore({
  getStorage,
  checkDraft,
  now = () => new Date(),
}: StoreOptions): AssessmentStore {
  const listeners = new Set<() => void>();
  let snapshot: AssessmentSnapshot = loading;
  let storage: KeyValueStorage | null = null;
  let revision = 0;

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

  function load(): AssessmentSnapshot {
    const store = openStorage();
    const result = store ? loadStoredAssessment(store, checkDraft) : ({ status: "empty" } as const);
    if (result.status === "unreadable") return result;
    if (result.status === "empty") {
      return {
        status: "ready",
        step: "profile",
        document: createDraftDocument("da", now()),
        savedAt: null,
        saveFailed: !store,
        revision,
      };
    }
    const { step, document, savedAt } = result.envelope;
    return { status: "ready", step, document, savedAt, saveFailed: false, revision };
  }

  function save(step: AssessmentStepId, document: DraftDocument, bumpRevision = false) {
    if (bumpRevision) revision += 1;
    const store = openStorage();
    const result = store ? saveStoredAssessment(store, { step, document }, now()) : { ok: false as const };
    snapshot = {
      status: "ready",
      step,
      document,
      savedAt: result.ok ? result.envelope.savedAt : snapshot.status === "ready" ? snapshot.savedAt : null,
      saveFailed: !result.ok,
      revision,
    };
    notify();
  }

  function getSnapshot(): AssessmentSnapshot {
    if (snapshot.status === "loading") snapshot = load();
    return snapshot;
  }

  function onStorageEvent(event: StorageEvent) {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    revision += 1;
    snapshot = load();
    notify();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== "undefined")
        window.addEventListener("storage", onStorageEvent);
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
      save(step, document, true);
    },
    startOver(language) {
      const store = openStorage();
      if (store) clearStoredAssessment(store);
      revision += 1;
      snapshot = {
        status: "ready",
        step: "profile",
        document: createDraftDocument(language, now()),
        savedAt: null,
        saveFailed: false,
        revision,
      };
      notify();
    },
  };
}
