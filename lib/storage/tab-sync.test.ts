import { describe, expect, it } from "vitest";
import { createDraftDocument, setDraftAnswer, setDraftLanguage, type DraftDocument } from "./draft-document";
import { STORAGE_VERSION, type StorageEnvelope } from "./envelope";
import type { LoadResult } from "./stored-assessment";
import { isSameMark, markStored, reconcileWithStored, type StoredMark } from "./tab-sync";

const now = new Date("2026-03-01T10:00:00.000Z");
const empty = createDraftDocument("da", now);
const health = setDraftAnswer(empty, "domain", { type: "option", value: "health" }, now);
const education = setDraftAnswer(empty, "domain", { type: "option", value: "education" }, now);

function stored(document: DraftDocument, revision: string): LoadResult {
  const envelope: StorageEnvelope = {
    storageVersion: STORAGE_VERSION,
    revision,
    savedAt: now.toISOString(),
    step: "profile",
    document,
  };
  return { status: "ok", envelope, raw: JSON.stringify(envelope) };
}

const knownR1: StoredMark = { status: "ok", revision: "a.1" };

describe("reconcileWithStored", () => {
  it("lets a tab save when storage holds what it last wrote", () => {
    const tab = { known: knownR1, base: empty, document: health };
    expect(reconcileWithStored(tab, stored(empty, "a.1"))).toEqual({ action: "none" });
  });

  it("flags a conflict when another tab saved different answers over this tab's own edits", () => {
    const tab = { known: knownR1, base: empty, document: health };
    expect(reconcileWithStored(tab, stored(education, "b.1"))).toEqual({
      action: "conflict",
      change: "changed",
      mark: { status: "ok", revision: "b.1" },
    });
  });

  it("shows another tab's answers in a tab where the user has changed nothing", () => {
    const tab = { known: knownR1, base: health, document: health };
    expect(reconcileWithStored(tab, stored(education, "b.1"))).toMatchObject({ action: "adopt" });
  });

  it("shows another tab's answers when they already include every change made in this tab", () => {
    const both = setDraftAnswer(health, "audience", { type: "dont-know" }, now);
    const tab = { known: knownR1, base: empty, document: health };
    expect(reconcileWithStored(tab, stored(both, "b.1"))).toMatchObject({ action: "adopt" });
  });

  it("raises nothing when another tab saved the same answers, e.g. after only moving to another step", () => {
    const tab = { known: knownR1, base: empty, document: health };
    const sameInEnglish = setDraftLanguage(health, "en");
    expect(reconcileWithStored(tab, stored(sameInEnglish, "b.1"))).toMatchObject({ action: "note" });
  });

  it("says the answers were deleted when another tab started over", () => {
    const tab = { known: knownR1, base: empty, document: health };
    expect(reconcileWithStored(tab, { status: "empty" })).toMatchObject({
      action: "conflict",
      change: "deleted",
    });
  });

  it("says the stored data cannot be read when another tab saved something this tab cannot read", () => {
    const tab = { known: knownR1, base: empty, document: health };
    const unreadable: LoadResult = { status: "unreadable", reason: "newer-version", raw: "{}" };
    expect(reconcileWithStored(tab, unreadable)).toMatchObject({ action: "conflict", change: "unreadable" });
  });

  it("treats a save in another tab before this tab ever saved as a change too", () => {
    const tab = { known: { status: "empty" } as const, base: empty, document: health };
    expect(reconcileWithStored(tab, stored(education, "b.1"))).toMatchObject({ action: "conflict" });
  });
});

describe("stored marks", () => {
  it("tell saves apart by revision and unreadable data by its text", () => {
    expect(isSameMark(markStored(stored(health, "a.1")), markStored(stored(education, "a.1")))).toBe(true);
    expect(isSameMark(markStored(stored(health, "a.1")), markStored(stored(health, "a.2")))).toBe(false);
    expect(isSameMark({ status: "unreadable", raw: "x" }, { status: "unreadable", raw: "y" })).toBe(false);
    expect(isSameMark({ status: "empty" }, markStored({ status: "empty" }))).toBe(true);
  });
});
