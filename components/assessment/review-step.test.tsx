// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { QuestionnaireView } from "./questionnaire-view";
import { ResumeNotice } from "./resume-notice";
import { pickResumeTexts } from "./resume-texts";
import { createTestStore, renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

afterEach(() => window.localStorage.clear());

/** Stored by the real app after a user typed markup and script into every text field. */
const markupFixtures = ["storage-v1-markup.json", "storage-v2-markup.json"].map(
  (name) => [name, readFileSync(join(__dirname, "../../lib/storage/fixtures", name), "utf8")] as const,
);

function typedTexts(raw: string): string[] {
  const { project, answers } = JSON.parse(raw).document;
  return [project.title, project.organisation, project.description, answers["dt-data-access"].note];
}

describe("markup typed into the answers", () => {
  it.each(markupFixtures)(
    "%s: is shown on the review step as literal text, never as elements",
    (_name, raw) => {
      const setup = createTestStore({ [STORAGE_KEY]: raw }, content);
      const { container } = renderWithAssessment(<QuestionnaireView step="review" />, { setup });

      expect(screen.getByRole("heading", { level: 1, name: "Gennemgå jeres svar" })).toBeTruthy();
      expect(container.querySelector("script, img, b, [onerror]")).toBeNull();
      const [title, ...others] = typedTexts(raw);
      expect(screen.getByText(title ?? "")).toBeTruthy();
      for (const text of others) expect(container.textContent).toContain(text);
    },
  );

  it("is shown literally in the resume notice on the front page", () => {
    const raw = markupFixtures[1]?.[1] ?? "";
    window.localStorage.setItem(STORAGE_KEY, raw);
    const { container } = renderWithAssessment(<ResumeNotice texts={pickResumeTexts("da")} locale="da" />);
    expect(container.querySelector("script, img, b, [onerror]")).toBeNull();
    expect(container.textContent).toContain(`»${typedTexts(raw)[0]}«`);
  });
});
