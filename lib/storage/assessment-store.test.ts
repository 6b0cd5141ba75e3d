// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDraftDocument, setDraftAnswer, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY, STORAGE_VERSION } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { createMemoryStorage } from "@/lib/storage/test-helpers";
import { createAssessmentStore as createStore, type AssessmentStore } from "./assessment-store";

/** The store as the app makes it, with a draft checker that accepts every draft. */
const createAssessmentStore = (options: Omit<Parameters<typeof createStore>[0], "checkDraft">) =>
  createStore({ checkDraft: () => [], ...options });

const now = new Date("2026-03-01T10:00:00.000Z");

describe("the browser's assessment store", () => {
  it("is loading on the server, so the page renders the same before the browser reads storage", () => {
    const store = createAssessmentStore({ getStorage: () => createMemoryStorage() });
    expect(store.getServerSnapshot()).toEqual({ status: "loading" });
  });

  it("starts a fresh draft on the first step when nothing is stored, without saving it yet", () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore({ getStorage: () => storage, now: () => now });
    expect(store.getSnapshot()).toMatchObject({ status: "ready", step: "profile", savedAt: null });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it("resumes a stored assessment on its step", () => {
    const storage = createMemoryStorage();
    const document = setDraftProject(
      createDraftDocument("da", now),
      { title: "Chatbot", organisation: "", description: "" },
      now,
    );
    saveStoredAssessment(storage, { step: "scaling", document }, now);
    const store = createAssessmentStore({ getStorage: () => storage });
    expect(store.getSnapshot()).toMatchObject({ status: "ready", step: "scaling", document });
  });

  it("saves the step when the user moves on", () => {
    const storage = createMemoryStorage();
    const store = createAssessmentStore({ getStorage: () => storage, now: () => now });
    store.getSnapshot();
    store.setStep("legal");
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").step).toBe("legal");
  });

  it("tells listeners about every change", () => {
    const store = createAssessmentStore({ getStorage: () => createMemoryStorage(), now: () => now });
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.updateDocument((draft) =>
      setDraftProject(draft, { title: "A", organisation: "", description: "" }, now),
    );
    unsubscribe();
    expect(calls).toBe(1);
  });

  it("keeps working, and says saving failed, where storage is blocked", () => {
    const store = createAssessmentStore({
      getStorage: () => {
        throw new Error("SecurityError");
      },
      now: () => now,
    });
    store.updateDocument((draft) =>
      setDraftProject(draft, { title: "A", organisation: "", description: "" }, now),
    );
    expect(store.getSnapshot()).toMatchObject({
      status: "ready",
      saveFailed: true,
      document: { project: { title: "A" } },
    });
  });

  it("checks stored answers with the checker it is given, and shows refused ones as unreadable", () => {
    const storage = createMemoryStorage();
    const document = setDraftProject(
      createDraftDocument("da", now),
      { title: "Chatbot", organisation: "", description: "" },
      now,
    );
    saveStoredAssessment(storage, { step: "legal", document }, now);
    const checked: string[] = [];
    const store = createStore({
      getStorage: () => storage,
      checkDraft: (draft) => {
        checked.push(draft.project.title);
        return ["answers.gone: unknown question"];
      },
    });
    expect(store.getSnapshot()).toMatchObject({ status: "unreadable", reason: "invalid" });
    expect(checked).toEqual(["Chatbot"]);
  });

  it("reports unreadable storage and keeps it until the user starts over", () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: "not json" });
    const store = createAssessmentStore({ getStorage: () => storage, now: () => now });
    expect(store.getSnapshot()).toMatchObject({ status: "unreadable", reason: "not-json" });
    expect(storage.getItem(STORAGE_KEY)).toBe("not json");
    store.startOver("en");
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(store.getSnapshot()).toMatchObject({ status: "ready", document: { language: "en" } });
  });

  it("marks a replaced document with a new generation, so open forms start over from it", () => {
    const store = createAssessmentStore({ getStorage: () => createMemoryStorage(), now: () => now });
    const before = store.getSnapshot();
    const imported = setDraftProject(
      createDraftDocument("da", now),
      { title: "Import", organisation: "", description: "" },
      now,
    );
    store.replaceDocument(imported, "review");
    const after = store.getSnapshot();
    expect(
      after.status === "ready" && before.status === "ready" && after.generation > before.generation,
    ).toBe(true);
    expect(after).toMatchObject({ step: "review", document: { project: { title: "Import" } } });
  });
});

describe("two tabs on the same assessment", () => {
  const unsubscribers: (() => void)[] = [];
  afterEach(() => unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe()));

  /** A tab: its own store on the browser's one storage, listening for other tabs' saves. */
  function openTab(storage: ReturnType<typeof createMemoryStorage>, tabId: string) {
    const store = createAssessmentStore({ getStorage: () => storage, now: () => now, tabId });
    unsubscribers.push(store.subscribe(() => {}));
    return store;
  }

  /** What the browser does in every other tab after a tab writes to localStorage. */
  function fireStorageEvent() {
    window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
  }

  function setTitle(store: AssessmentStore, title: string) {
    store.updateDocument((draft) =>
      setDraftProject(draft, { title, organisation: "", description: "" }, now),
    );
  }

  function storedTitle(storage: ReturnType<typeof createMemoryStorage>): string {
    return JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}").document?.project.title;
  }

  function titleIn(store: AssessmentStore): string | null {
    const snapshot = store.getSnapshot();
    return snapshot.status === "ready" ? snapshot.document.project.title : null;
  }

  /** Tab A answers; tab B (untouched so far) follows; then B answers differently. */
  function answerInBothTabs() {
    const storage = createMemoryStorage();
    const a = openTab(storage, "tab-a");
    const b = openTab(storage, "tab-b");
    setTitle(a, "Answer from A");
    fireStorageEvent();
    setTitle(b, "Answer from B");
    fireStorageEvent();
    return { storage, a, b };
  }

  it("shows a tab where nothing was changed the other tab's answers, without asking", () => {
    const storage = createMemoryStorage();
    const a = openTab(storage, "tab-a");
    const results = openTab(storage, "tab-results");
    results.getSnapshot();
    setTitle(a, "Chatbot");
    fireStorageEvent();
    expect(results.getSnapshot()).toMatchObject({
      conflict: null,
      document: { project: { title: "Chatbot" } },
    });
  });

  it("stops saving and flags the conflict when another tab saved different answers over this tab's", () => {
    const { storage, a, b } = answerInBothTabs();
    expect(a.getSnapshot()).toMatchObject({ conflict: "changed" });
    expect(b.getSnapshot()).toMatchObject({ conflict: null });
    setTitle(a, "Answer from A, changed again");
    expect(storedTitle(storage)).toBe("Answer from B");
    expect(titleIn(a)).toBe("Answer from A, changed again");
  });

  it("replaces this tab's answers with the other tab's when the user chooses so, then saves again", () => {
    const { storage, a } = answerInBothTabs();
    a.loadStoredAnswers();
    expect(a.getSnapshot()).toMatchObject({
      conflict: null,
      document: { project: { title: "Answer from B" } },
    });
    setTitle(a, "Agreed title");
    expect(storedTitle(storage)).toBe("Agreed title");
  });

  it("overwrites the other tab's answers only when the user keeps this tab's, and then warns the other tab", () => {
    const { storage, a, b } = answerInBothTabs();
    a.keepTabAnswers();
    expect(storedTitle(storage)).toBe("Answer from A");
    expect(a.getSnapshot()).toMatchObject({ conflict: null });
    fireStorageEvent();
    expect(b.getSnapshot()).toMatchObject({
      conflict: "changed",
      document: { project: { title: "Answer from B" } },
    });
  });

  it("follows the other tab without a warning when that tab already has this tab's changes", () => {
    const { storage, a, b } = answerInBothTabs();
    a.loadStoredAnswers();
    a.updateDocument((draft) => setDraftAnswer(draft, "domain", { type: "option", value: "health" }, now));
    fireStorageEvent();
    expect(b.getSnapshot()).toMatchObject({
      conflict: null,
      document: { project: { title: "Answer from B" }, answers: { domain: { value: "health" } } },
    });
    expect(storedTitle(storage)).toBe("Answer from B");
  });

  it("does not overwrite another tab's save that arrived before its storage event", () => {
    const storage = createMemoryStorage();
    const a = openTab(storage, "tab-a");
    const b = openTab(storage, "tab-b");
    b.getSnapshot();
    setTitle(a, "Answer from A");
    setTitle(b, "Answer from B");
    expect(storedTitle(storage)).toBe("Answer from A");
    expect(b.getSnapshot()).toMatchObject({
      conflict: "changed",
      document: { project: { title: "Answer from B" } },
    });
  });

  it("keeps an import that could not be saved in the tab, and says it was not saved", () => {
    const { storage, a } = answerInBothTabs();
    const imported = setDraftProject(
      createDraftDocument("da", now),
      { title: "Import", organisation: "", description: "" },
      now,
    );
    expect(a.replaceDocument(imported, "review")).toBe(false);
    expect(titleIn(a)).toBe("Import");
    expect(storedTitle(storage)).toBe("Answer from B");
  });

  it("raises no alarm when the other tab only moves to another step", () => {
    const storage = createMemoryStorage();
    const a = openTab(storage, "tab-a");
    const b = openTab(storage, "tab-b");
    setTitle(a, "Chatbot");
    fireStorageEvent();
    b.setStep("legal");
    fireStorageEvent();
    expect(a.getSnapshot()).toMatchObject({ conflict: null, step: "profile" });
    setTitle(a, "Chatbot 2");
    expect(storedTitle(storage)).toBe("Chatbot 2");
  });

  it("says the answers were deleted when the other tab started over, and can save them again", () => {
    const storage = createMemoryStorage();
    const a = openTab(storage, "tab-a");
    const b = openTab(storage, "tab-b");
    setTitle(a, "Chatbot");
    fireStorageEvent();
    b.startOver("da");
    fireStorageEvent();
    expect(a.getSnapshot()).toMatchObject({
      conflict: "deleted",
      document: { project: { title: "Chatbot" } },
    });
    a.keepTabAnswers();
    expect(storedTitle(storage)).toBe("Chatbot");
  });

  it("continues an assessment saved before revisions existed and saves it in the current format", () => {
    const fixture = readFileSync(join(__dirname, "../../lib/storage/fixtures/storage-v1-faxe.json"), "utf8");
    const storage = createMemoryStorage({ [STORAGE_KEY]: fixture });
    const a = openTab(storage, "tab-a");
    const b = openTab(storage, "tab-b");
    expect(a.getSnapshot()).toMatchObject({
      status: "ready",
      document: { project: { title: "Automatisk registrering af vejskader" } },
    });
    b.getSnapshot();
    a.updateDocument((draft) => setDraftAnswer(draft, "domain", { type: "option", value: "health" }, now));
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}");
    expect(saved).toMatchObject({ storageVersion: STORAGE_VERSION, revision: "tab-a.1" });
    expect(Object.keys(saved.document.answers).length).toBe(
      Object.keys(JSON.parse(fixture).document.answers).length,
    );
  });
});
