import { describe, expect, it } from "vitest";
import { createDraftDocument, setDraftAnswer, setDraftProject } from "./draft-document";
import { STORAGE_KEY, STORAGE_VERSION, migrateEnvelope } from "./envelope";
import { clearStoredAssessment, loadStoredAssessment, saveStoredAssessment } from "./stored-assessment";
import { createMemoryStorage } from "./test-helpers";

const now = new Date("2026-03-01T10:00:00.000Z");

function draftWithAnswers() {
  const draft = setDraftProject(
    createDraftDocument("da", now),
    { title: "Visitering af henvendelser", organisation: "Faxe Kommune", description: "" },
    now,
  );
  return setDraftAnswer(draft, "domain", { type: "option", value: "administration" }, now);
}

describe("stored assessment", () => {
  it("finds nothing when the user has never saved", () => {
    expect(loadStoredAssessment(createMemoryStorage())).toEqual({ status: "empty" });
  });

  it("resumes the saved answers on the step the user left", () => {
    const storage = createMemoryStorage();
    const document = draftWithAnswers();
    saveStoredAssessment(storage, { step: "legal", document }, now);

    const loaded = loadStoredAssessment(storage);
    expect(loaded.status).toBe("ok");
    if (loaded.status !== "ok") return;
    expect(loaded.envelope.step).toBe("legal");
    expect(loaded.envelope.document).toEqual(document);
    expect(loaded.envelope.savedAt).toBe(now.toISOString());
  });

  it("marks every save with its own revision, so tabs can tell each other's saves apart", () => {
    const storage = createMemoryStorage();
    const first = saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now);
    const second = saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now);
    const given = saveStoredAssessment(
      storage,
      { step: "profile", document: draftWithAnswers(), revision: "tab1.7" },
      now,
    );
    expect(first.ok && second.ok && first.envelope.revision !== second.envelope.revision).toBe(true);
    expect(given.ok && given.envelope.revision).toBe("tab1.7");
    expect(loadStoredAssessment(storage)).toMatchObject({ status: "ok", envelope: { revision: "tab1.7" } });
  });

  it("keeps a draft whose project title is still empty", () => {
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "profile", document: createDraftDocument("en", now) }, now);
    expect(loadStoredAssessment(storage).status).toBe("ok");
  });

  it("reports corrupt data with its raw text and leaves it in storage", () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: "{not json" });
    expect(loadStoredAssessment(storage)).toEqual({
      status: "unreadable",
      reason: "not-json",
      raw: "{not json",
    });
    expect(storage.getItem(STORAGE_KEY)).toBe("{not json");
  });

  it("reports data that does not match the format as invalid", () => {
    const raw = JSON.stringify({
      storageVersion: STORAGE_VERSION,
      revision: "tab1.1",
      savedAt: now.toISOString(),
      step: "profile",
      document: { answers: 3 },
    });
    const loaded = loadStoredAssessment(createMemoryStorage({ [STORAGE_KEY]: raw }));
    expect(loaded).toEqual({ status: "unreadable", reason: "invalid", raw });
  });

  it("refuses data saved by a newer version of the app instead of guessing", () => {
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now);
    const newer = {
      ...JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}"),
      storageVersion: STORAGE_VERSION + 1,
    };
    storage.setItem(STORAGE_KEY, JSON.stringify(newer));
    expect(loadStoredAssessment(storage)).toMatchObject({ status: "unreadable", reason: "newer-version" });
  });

  it("refuses a document of a newer answers format", () => {
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now);
    const envelope = JSON.parse(storage.getItem(STORAGE_KEY) ?? "{}");
    envelope.document.schemaVersion = 99;
    storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
    expect(loadStoredAssessment(storage)).toMatchObject({ status: "unreadable", reason: "newer-version" });
  });

  it("reports a draft that the content check rejects (an unknown question) as invalid", () => {
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now);
    const loaded = loadStoredAssessment(storage, () => ["answers.domain: unknown option"]);
    expect(loaded).toMatchObject({ status: "unreadable", reason: "invalid" });
  });

  it("says so when the browser refuses to save", () => {
    const storage = createMemoryStorage({}, { failWrites: true });
    expect(saveStoredAssessment(storage, { step: "profile", document: draftWithAnswers() }, now)).toEqual({
      ok: false,
    });
  });

  it("forgets the assessment when the user starts over", () => {
    const storage = createMemoryStorage();
    saveStoredAssessment(storage, { step: "scaling", document: draftWithAnswers() }, now);
    clearStoredAssessment(storage);
    expect(loadStoredAssessment(storage)).toEqual({ status: "empty" });
  });
});

describe("migrateEnvelope", () => {
  it("upgrades an old envelope one version at a time", () => {
    const migrations = {
      1: (old: Record<string, unknown>) => ({ ...old, step: old.currentStep }),
      2: (old: Record<string, unknown>) => ({ ...old, savedAt: "2026-01-01T00:00:00.000Z" }),
    };
    const result = migrateEnvelope({ storageVersion: 1, currentStep: "legal" }, migrations, 3);
    expect(result).toEqual({
      ok: true,
      envelope: {
        storageVersion: 3,
        currentStep: "legal",
        step: "legal",
        savedAt: "2026-01-01T00:00:00.000Z",
      },
    });
  });

  it("gives a version 1 envelope a revision derived from its save time, the same in every tab", () => {
    const v1 = { storageVersion: 1, savedAt: "2026-03-01T10:00:00.000Z", step: "legal", document: {} };
    const first = migrateEnvelope(v1);
    expect(first).toEqual({
      ok: true,
      envelope: { ...v1, storageVersion: STORAGE_VERSION, revision: "v1-2026-03-01T10:00:00.000Z" },
    });
    expect(migrateEnvelope(structuredClone(v1))).toEqual(first);
  });

  it("refuses an old envelope that no migration covers", () => {
    expect(migrateEnvelope({ storageVersion: 1 }, {}, 2)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an envelope without a version", () => {
    expect(migrateEnvelope({ document: {} })).toEqual({ ok: false, reason: "invalid" });
    expect(migrateEnvelope([1, 2])).toEqual({ ok: false, reason: "invalid" });
  });
});
