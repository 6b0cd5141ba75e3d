// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { createTestStore, renderWithAssessment } from "@/components/assessment/test-utils";
import { assessProject } from "@/lib/engine/assess-project";
import type { CaseMatch } from "@/lib/engine/types";
import { buildPresentation } from "@/lib/report/build-report-model";
import { buildRealisticDocument } from "@/lib/report/report-test-documents";
import { CaseMatches } from "./case-matches";

const faxe: CaseMatch = {
  caseId: "faxe",
  similarity: 31,
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
  weak: true,
  lesson: {
    prerequisite: "legal",
    advice: "legal-early",
    reason: "advice-not-followed",
    text: { da: "Inddrag it-kontraktgruppen.", en: "Involve the IT contracts group." },
  },
};

function renderMatches(locale: "da" | "en", shown: CaseMatch[] = [faxe]) {
  const doc = buildRealisticDocument(locale);
  const result = { ...assessProject(doc, content), matches: shown };
  const model = buildPresentation(doc, result, content, locale);
  const caseHref = (id: string) => `/${locale}/cases/${id}`;
  const matches = <CaseMatches model={model} caseHref={caseHref} />;
  renderWithAssessment(matches, {
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

  const withId = (caseId: CaseMatch["caseId"], weak: boolean): CaseMatch => ({
    ...faxe,
    caseId,
    similarity: weak ? 31 : 80,
    weak,
  });

  it("says when no case is close, and marks a weak match as no precedent", () => {
    const item = renderMatches("da", [withId("faxe", true), withId("atp", true), withId("naestved", true)]);
    expect(
      within(item).getByText(
        "Ingen af katalogets cases ligner jeres projekt tæt. De 3 nedenfor ligner mest, men brug dem som inspiration, ikke som forbillede.",
      ),
    ).toBeTruthy();
    expect(
      within(item).getAllByText("Svag lighed: casen er ikke et forbillede for jeres projekt."),
    ).toHaveLength(3);
  });

  it("says when only two cases are close, and marks only the weak one", () => {
    const item = renderMatches("en", [withId("atp", false), withId("naestved", false), faxe]);
    expect(
      within(item).getByText(
        "Only two of the catalogue's cases are like your project. The third below is only weakly alike.",
      ),
    ).toBeTruthy();
    expect(
      within(item).getAllByText("Weak match: the case is not a precedent for your project."),
    ).toHaveLength(1);
  });

  it("says nothing of closeness when every shown case is close", () => {
    const item = renderMatches("en", [
      withId("atp", false),
      withId("naestved", false),
      withId("faxe", false),
    ]);
    expect(within(item).queryByText(/weakly alike|not a precedent/)).toBeNull();
  });
});
