// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDraftDocument, setDraftProject } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { saveStoredAssessment } from "@/lib/storage/stored-assessment";
import { ResumeNotice } from "./resume-notice";
import { pickResumeTexts } from "./resume-texts";
import { renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

const now = new Date("2026-03-01T10:00:00.000Z");

afterEach(() => window.localStorage.clear());

describe("the resume notice on the front page", () => {
  it("offers to continue an assessment in progress, on the step the user left", () => {
    const document = setDraftProject(
      createDraftDocument("da", now),
      { title: "Chatbot i borgerservice", organisation: "", description: "" },
      now,
    );
    saveStoredAssessment(window.localStorage, { step: "competences", document }, now);
    renderWithAssessment(<ResumeNotice texts={pickResumeTexts("da")} locale="da" />);

    expect(screen.getByRole("heading", { name: "Fortsæt, hvor I slap" })).toBeTruthy();
    expect(screen.getByText(/»Chatbot i borgerservice«/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Fortsæt vurderingen" }).getAttribute("href")).toBe(
      "/da/assessment/competences",
    );
  });

  it("shows nothing when no answers are stored", () => {
    const { container } = renderWithAssessment(<ResumeNotice texts={pickResumeTexts("da")} locale="da" />);
    expect(container.textContent).toBe("");
  });

  it("shows nothing for stored data it cannot read", () => {
    window.localStorage.setItem(STORAGE_KEY, "{broken");
    const { container } = renderWithAssessment(<ResumeNotice texts={pickResumeTexts("da")} locale="da" />);
    expect(container.textContent).toBe("");
  });
});
