import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import { visibleQuestionIds } from "./conditions";
import {
  dontKnow,
  internalExtractionProfile,
  notApplicable,
  option,
  strongAnswers,
} from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { requiredAnswers, scoreSections } from "./score-sections";
import type { SectionScore } from "./types";

function sectionScore(answers: Answers, id: string): SectionScore {
  const { prerequisites, advice } = scoreSections(fixtureContent, answers);
  const found =
    prerequisites.find((prerequisite) => prerequisite.id === id) ?? advice[id as keyof typeof advice];
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

const dataAnswers: Answers = {
  "dt-data-access": option("full"),
  "dt-data-volume": option("pilot"),
  "dt-data-quality": option("known-issues"),
};

describe("scoreSections", () => {
  it("weighs each answer by its points against the question's best option, in whole points", () => {
    // (2·4/4 + 1.5·2/4 + 1·1/3 + 1·2/2) / (2 + 1.5 + 1 + 1) = 74.2 %, shown as 74
    const answers = { ...dataAnswers, "dt-infrastructure": option("ready") };
    expect(sectionScore(answers, "data-technology").score).toBe(74);
  });

  it("scores a strong project 100 in every section", () => {
    const { prerequisites, advice } = scoreSections(fixtureContent, strongAnswers(fixtureContent));
    expect(prerequisites.map((prerequisite) => prerequisite.score)).toEqual([100, 100, 100, 100, 100]);
    expect(Object.values(advice).map((section) => section.score)).toEqual([100, 100, 100]);
  });

  it("counts don't know as a gap that scores like the weakest option", () => {
    const withDontKnow = sectionScore({ ...dataAnswers, "dt-infrastructure": dontKnow }, "data-technology");
    const withWeakest = sectionScore(
      { ...dataAnswers, "dt-infrastructure": option("none") },
      "data-technology",
    );
    // (2 + 0.75 + 1/3 + 0) / 5.5 = 56.1 %, shown as 56
    expect(withDontKnow.score).toBe(56);
    expect(withWeakest.score).toBe(56);
    const contribution = withDontKnow.contributions.find((c) => c.questionId === "dt-infrastructure");
    expect(contribution).toMatchObject({ state: "dont-know", points: 0, maxPoints: 2, earned: 0 });
    expect(contribution?.possible).toBeGreaterThan(0);
  });

  it("counts a shown question left empty as the same gap as »Ved ikke«: skipping never pays", () => {
    const empty = sectionScore(dataAnswers, "data-technology");
    expect(empty).toMatchObject({ score: 56, answered: 3, unanswered: 1, applicable: 4 });
    expect(empty.contributions.find((c) => c.questionId === "dt-infrastructure")).toMatchObject({
      state: "unanswered",
      points: 0,
      earned: 0,
    });
  });

  it("takes a not-applicable question out of the denominator", () => {
    const base: Answers = { "org-owner": option("named"), "org-management": option("partly") };
    const notApplicableStaff = sectionScore({ ...base, "org-staff-involved": notApplicable }, "organisation");
    const weakStaff = sectionScore({ ...base, "org-staff-involved": option("no") }, "organisation");
    expect(notApplicableStaff.score).toBe(83);
    expect(notApplicableStaff.applicable).toBe(2);
    expect(notApplicableStaff.shown).toBe(3);
    expect(weakStaff.score).toBe(63);
  });

  it("ignores answers kept for hidden questions", () => {
    const answers: Answers = {
      "personal-data": option("none"),
      "legal-basis-operation": option("not-examined"),
      "legal-dpia": option("no"),
      "legal-ai-act-classified": option("yes"),
    };
    const legal = sectionScore(answers, "legal");
    expect(legal.score).toBe(100);
    expect(legal.shown).toBe(1);
    expect(legal.contributions.map((c) => c.questionId)).toEqual(["legal-ai-act-classified"]);
  });

  it("says not enough answers below half of the applicable questions", () => {
    expect(requiredAnswers(4)).toBe(2);
    expect(requiredAnswers(3)).toBe(2);
    expect(requiredAnswers(0)).toBe(1);
    const one = sectionScore({ "dt-data-access": option("full") }, "data-technology");
    expect(one).toMatchObject({ score: null, answered: 1, unanswered: 3, applicable: 4 });
    expect(one.contributions.every((c) => c.earned === 0 && c.possible === 0)).toBe(true);
    const two = sectionScore(
      { "dt-data-access": option("full"), "dt-data-volume": dontKnow },
      "data-technology",
    );
    // (2·4/4) / 5.5 = 36.4 %: the two empty questions count as gaps
    expect(two.score).toBe(36);
  });

  it("gives no score to a section whose every question is not applicable", () => {
    const answers: Answers = { "org-staff-involved": notApplicable };
    const content = {
      ...fixtureContent,
      questions: fixtureContent.questions.filter(
        (q) => q.section !== "organisation" || q.id === "org-staff-involved",
      ),
    };
    const organisation = scoreSections(content, answers).prerequisites.find((p) => p.id === "organisation");
    expect(organisation).toMatchObject({ score: null, applicable: 0, shown: 1 });
  });

  it("explains the score with shares that add up to it exactly", () => {
    const answers: Answers = {
      ...internalExtractionProfile,
      ...dataAnswers,
      "dt-infrastructure": dontKnow,
      "comp-ai-literacy": option("partly"),
      "comp-training": option("yes"),
      "comp-it-business": option("partly"),
    };
    const visible = visibleQuestionIds(fixtureContent, answers);
    const { prerequisites } = scoreSections(fixtureContent, answers, visible);
    for (const section of prerequisites) {
      if (section.score === null) continue;
      const earned = section.contributions.reduce((sum, c) => sum + c.earned, 0);
      const possible = section.contributions.reduce((sum, c) => sum + c.possible, 0);
      expect(earned).toBe(section.score);
      expect(possible).toBe(100);
      for (const c of section.contributions) expect(c.earned).toBeLessThanOrEqual(c.possible);
    }
    const data = prerequisites.find((p) => p.id === "data-technology");
    expect(data?.contributions.find((c) => c.questionId === "dt-data-access")).toMatchObject({
      state: "answered",
      optionId: "full",
      earned: 36,
      possible: 36,
    });
  });
});
