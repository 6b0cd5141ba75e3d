// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { createTestStore, renderWithAssessment } from "@/components/assessment/test-utils";
import type { CaseMatch } from "@/lib/engine/types";
import { CaseMatches } from "./case-matches";

const faxe: CaseMatch = {
  caseId: "faxe",
  similarity: 31,
  weak: true,
  matches: [
    {
      attribute: "ai-role",
      similarity: 0.75,
      weight: 2,
      projectValues: ["extraction"],
      caseValues: ["monitoring-alerts"],
      shared: [],
    },
  ],
  differs: [
    {
      attribute: "personal-data",
      similarity: 1 / 3,
      weight: 1.5,
      projectValues: ["ordinary"],
      caseValues: ["none"],
      shared: [],
    },
  ],
  notCompared: [],
  lesson: {
    prerequisite: "legal",
    advice: "legal-early",
    reason: "advice-not-followed",
    text: { da: "Inddrag it-kontraktgruppen.", en: "Involve the IT contracts group." },
  },
};

function renderMatches(locale: "da" | "en", matches: CaseMatch[] = [faxe]) {
  renderWithAssessment(<CaseMatches matches={matches} weakest="scaling" />, {
    locale,
    page: "results",
    setup: createTestStore({}, content),
  });
  return screen.getByRole("region", {
    name: locale === "da" ? "Projekter, der ligner jeres" : "Projects like yours",
  });
}

describe("the similar cases", () => {
  it("says which gap of the project the lesson was chosen for", () => {
    const item = renderMatches("da");
    expect(
      within(item).getByRole("heading", {
        name: "Erfaring om Juridiske overvejelser til rådet »Jura tidligt i processen«, som jeres projekt ikke følger",
      }),
    ).toBeTruthy();
    expect(within(item).getByText("Inddrag it-kontraktgruppen.")).toBeTruthy();
  });

  it("marks close values as similar, not the same, and lists a difference without that mark", () => {
    const item = renderMatches("en");
    const [, inCommon, different] = within(item).getAllByRole("list");
    expect(inCommon?.textContent).toContain("(similar, but not the same)");
    expect(different?.textContent).toContain("Ordinary personal data");
    expect(different?.textContent).not.toContain("similar");
  });

  it("says when no case is close, and marks a weak match as no precedent", () => {
    const item = renderMatches("da");
    expect(
      within(item).getByText(
        "Ingen af katalogets cases ligner jeres projekt tæt. De tre nedenfor ligner mest, men brug dem som inspiration, ikke som forbillede.",
      ),
    ).toBeTruthy();
    expect(
      within(item).getByText("Svag lighed: casen er ikke et forbillede for jeres projekt."),
    ).toBeTruthy();
  });

  it("says when only two cases are close, and marks only the weak one", () => {
    const close = (caseId: CaseMatch["caseId"]): CaseMatch => ({
      ...faxe,
      caseId,
      similarity: 80,
      weak: false,
    });
    const item = renderMatches("en", [close("atp"), close("naestved"), faxe]);
    expect(
      within(item).getByText(
        "Only two of the catalogue's cases are like your project. The third below is only weakly alike.",
      ),
    ).toBeTruthy();
    expect(
      within(item).getAllByText("Weak match: the case is not a precedent for your project."),
    ).toHaveLength(1);
  });
});
