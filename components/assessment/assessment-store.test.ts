import { describe, expect, it } from "vitest";
import { createDraftDocument, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { createMemoryStorage } from "@/lib/storage/test-helpers";
import { createAssessmentStore } from "./assessment-store";

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

  it("reports unreadable storage and keeps it until the user starts over", () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: "not json" });
    const store = createAssessmentStore({ getStorage: () => storage, now: () => now });
    expect(store.getSnapshot()).toMatchObject({ status: "unreadable", reason: "not-json" });
    expect(storage.getItem(STORAGE_KEY)).toBe("not json");
    store.startOver("en");
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(store.getSnapshot()).toMatchObject({ status: "ready", document: { language: "en" } });
  });

  it("marks a replaced document with a new revision, so open forms start over from it", () => {
    const store = createAssessmentStore({ getStorage: () => createMemoryStorage(), now: () => now });
    const before = store.getSnapshot();
    const imported = setDraftProject(
      createDraftDocument("da", now),
      { title: "Import", organisation: "", description: "" },
      now,
    );
    store.replaceDocument(imported, "review");
    const after = store.getSnapshot();
    expect(after.status === "ready" && before.status === "ready" && after.revision > before.revision).toBe(
      true,
    );
    expect(after).toMatchObject({ step: "review", document: { project: { title: "Import" } } });
  });
});
