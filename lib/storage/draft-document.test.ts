import { describe, expect, it } from "vitest";
import { atpEstimate } from "../business-case/fixtures";
import {
  createDraftDocument,
  hasDraftContent,
  hasSameContent,
  includesEdits,
  setDraftAnswer,
  setDraftBusinessCase,
  setDraftLanguage,
  setDraftProject,
} from "./draft-document";

const created = new Date("2026-03-01T10:00:00.000Z");
const later = new Date("2026-03-01T11:00:00.000Z");

describe("draft document", () => {
  it("starts empty, in the user's language", () => {
    const draft = createDraftDocument("en", created);
    expect(draft.language).toBe("en");
    expect(draft.answers).toEqual({});
    expect(hasDraftContent(draft)).toBe(false);
  });

  it("records an answer and when it changed", () => {
    const draft = setDraftAnswer(
      createDraftDocument("da", created),
      "domain",
      { type: "option", value: "health" },
      later,
    );
    expect(draft.answers.domain).toEqual({ type: "option", value: "health" });
    expect(draft.updatedAt).toBe(later.toISOString());
    expect(draft.createdAt).toBe(created.toISOString());
    expect(hasDraftContent(draft)).toBe(true);
  });

  it("removes an answer the user clears", () => {
    const answered = setDraftAnswer(
      createDraftDocument("da", created),
      "domain",
      { type: "dont-know" },
      created,
    );
    const cleared = setDraftAnswer(answered, "domain", undefined, later);
    expect(cleared.answers).toEqual({});
  });

  it("leaves the document untouched when nothing changed", () => {
    const draft = setDraftAnswer(
      createDraftDocument("da", created),
      "domain",
      { type: "dont-know" },
      created,
    );
    expect(setDraftAnswer(draft, "domain", { type: "dont-know" }, later)).toBe(draft);
    expect(setDraftProject(draft, draft.project, later)).toBe(draft);
  });

  it("counts a project title alone as something to resume", () => {
    const draft = setDraftProject(
      createDraftDocument("da", created),
      { title: "Chatbot", organisation: "", description: "" },
      later,
    );
    expect(hasDraftContent(draft)).toBe(true);
  });
});

describe("comparing drafts", () => {
  const base = setDraftAnswer(
    createDraftDocument("da", created),
    "domain",
    { type: "option", value: "health" },
    created,
  );
  const project = { title: "Chatbot", organisation: "", description: "" };

  it("counts the same answers in another language or key order as the same content", () => {
    const reordered = { ...base, answers: { domain: { value: "health", type: "option" as const } } };
    expect(hasSameContent(base, setDraftLanguage(reordered, "en"))).toBe(true);
    expect(hasSameContent(base, setDraftProject(base, project, later))).toBe(false);
  });

  it("finds that another draft already holds every change made to this one", () => {
    const edited = setDraftProject(base, project, later);
    const theirs = setDraftAnswer(edited, "audience", { type: "dont-know" }, later);
    expect(includesEdits(theirs, base, edited)).toBe(true);
    expect(includesEdits(base, base, edited)).toBe(false);
  });

  it("counts a cleared answer as a change the other draft must share", () => {
    const cleared = setDraftAnswer(base, "domain", undefined, later);
    expect(includesEdits(base, base, cleared)).toBe(false);
    expect(includesEdits(cleared, base, cleared)).toBe(true);
  });
});

describe("the business case estimate in the draft", () => {
  const now = new Date("2026-12-01T10:00:00.000Z");
  const base = createDraftDocument("da", new Date("2026-12-01T09:00:00.000Z"));
  const withEstimate = setDraftBusinessCase(base, atpEstimate, now);

  it("is set, kept when unchanged and removed again", () => {
    expect(withEstimate.businessCase).toEqual(atpEstimate);
    expect(withEstimate.updatedAt).toBe(now.toISOString());
    expect(setDraftBusinessCase(withEstimate, structuredClone(atpEstimate), now)).toBe(withEstimate);
    expect("businessCase" in setDraftBusinessCase(withEstimate, undefined, now)).toBe(false);
  });

  it("counts as content that another tab must hold before it may replace this one", () => {
    expect(hasSameContent(base, withEstimate)).toBe(false);
    expect(includesEdits(base, base, withEstimate)).toBe(false);
    expect(includesEdits(withEstimate, base, withEstimate)).toBe(true);
  });
});
