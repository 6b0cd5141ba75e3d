import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import { assessProject } from "./assess-project";
import { visibleQuestionIds } from "./conditions";
import { findBlockers } from "./find-blockers";
import { arbitraryAnswers } from "./fixtures/arbitrary-answers";
import { scoreSectionExactly } from "./score-sections";
import { dontKnow, makeDocument, notApplicable, option, strongAnswers } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { planImprovements } from "./plan-improvements";
import { bestOption, groupScoredQuestions } from "./scored-answers";

const weakProject: Answers = {
  ...strongAnswers(fixtureContent),
  "legal-basis-operation": option("not-examined"),
  "dt-data-volume": option("pilot"),
  "comp-training": dontKnow,
  "sc-other-units": notApplicable,
  "org-management": option("partly"),
};
delete weakProject["df-historic-volume"];

describe("planImprovements", () => {
  it("has nothing to do for a project with the best answer everywhere", () => {
    expect(planImprovements(fixtureContent, strongAnswers(fixtureContent))).toEqual([]);
  });

  it("puts the action that lifts a blocker first, in the group »before you go on«", () => {
    const [first] = planImprovements(fixtureContent, weakProject);
    expect(first).toMatchObject({
      questionId: "legal-basis-operation",
      section: "legal",
      kind: "improve",
      gate: "before-go-on",
      gateReason: "blocker",
      liftsBlockers: ["personal-data-without-legal-basis"],
      case: "naestved",
    });
    expect(first?.recommendation.en).toBe("Improve the answer to legal-basis-operation.");
  });

  it("lists weak, don't-know and unanswered questions, but not not-applicable ones", () => {
    const plan = planImprovements(fixtureContent, weakProject);
    const kinds = Object.fromEntries(plan.map((action) => [action.questionId, action.kind]));
    expect(kinds).toEqual({
      "legal-basis-operation": "improve",
      "dt-data-volume": "improve",
      "comp-training": "find-out",
      "org-management": "improve",
      "df-historic-volume": "answer",
    });
  });

  it("groups by gate, puts warned advice first in its group, and then ranks by effect", () => {
    const advice = assessProject(makeDocument(weakProject), fixtureContent).advice;
    const plan = planImprovements(fixtureContent, weakProject, advice);
    expect(
      plan.map((action) => [action.questionId, action.gate, action.overallGain, action.sectionGain]),
    ).toEqual([
      ["legal-basis-operation", "before-go-on", 6.7, 33.3],
      // »Data først« warns, decided by this unanswered question: it comes before points.
      ["df-historic-volume", "before-procurement-pilot", 0, 50],
      ["comp-training", "before-procurement-pilot", 5.7, 28.6],
      ["dt-data-volume", "before-procurement-pilot", 2.7, 13.6],
      ["org-management", "before-procurement-pilot", 2.5, 12.5],
    ]);
    expect(plan[1]).toMatchObject({ gateReason: "advice-warn", decidesAdvice: ["data-first"] });
  });

  it("puts the deciding actions of a failed advice check in the first group, with owner and title", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
      "le-lawyer-involved": option("no"),
      "le-dpo-consulted": option("no"),
    };
    const result = assessProject(makeDocument(answers), fixtureContent);
    expect(result.advice.find((check) => check.id === "legal-early")?.outcome).toBe("fail");
    expect(result.plan[0]).toMatchObject({
      questionId: "le-lawyer-involved",
      gate: "before-go-on",
      gateReason: "advice-fail",
      owner: "legal-dpo",
      title: { da: "Inddrag en jurist" },
      decidesAdvice: ["legal-early"],
    });
  });

  it("reports gains equal to a full re-assessment with the improved answer, to within rounding", () => {
    const before = assessProject(makeDocument(weakProject), fixtureContent);
    const questions = [...groupScoredQuestions(fixtureContent).values()].flat();
    for (const action of before.plan) {
      const question = questions.find((candidate) => candidate.id === action.questionId);
      if (!question) throw new Error(action.questionId);
      const improved = { ...weakProject, [question.id]: option(bestOption(question).id) };
      const after = assessProject(makeDocument(improved), fixtureContent);
      const beforeScore = before.overall.score ?? 0;
      // Shown scores are whole; the plan's effects are exact to one decimal.
      expect(Math.abs(action.overallGain - ((after.overall.score ?? 0) - beforeScore))).toBeLessThanOrEqual(
        1,
      );
      const section = (result: typeof before) =>
        [...result.prerequisites, ...result.advice.map((a) => ({ id: a.id, score: a.score }))].find(
          (s) => s.id === action.section,
        )?.score ?? null;
      const sectionBefore = section(before);
      const sectionAfter = section(after);
      const expected = sectionBefore === null || sectionAfter === null ? 0 : sectionAfter - sectionBefore;
      expect(Math.abs(action.sectionGain - expected)).toBeLessThanOrEqual(1);
      const lifted = before.blockers
        .map((b) => b.id)
        .filter((id) => !after.blockers.some((b) => b.id === id));
      expect(action.liftsBlockers).toEqual(lifted);
    }
  });

  it("re-scores sections whose questions appear when the answer changes", () => {
    const content = {
      ...fixtureContent,
      questions: fixtureContent.questions.map((question) =>
        question.id === "sc-other-units"
          ? { ...question, showIf: { question: "sc-reuse", in: ["yes"] } }
          : question,
      ),
    };
    const answers = {
      ...strongAnswers(fixtureContent),
      "sc-reuse": option("no"),
      "sc-other-units": option("no"),
    };
    const action = planImprovements(content, answers).find((a) => a.questionId === "sc-reuse");
    const before = assessProject(makeDocument(answers), content);
    const after = assessProject(makeDocument({ ...answers, "sc-reuse": option("yes") }), content);
    const scaling = (result: typeof before) =>
      result.prerequisites.find((p) => p.id === "scaling")?.score ?? 0;
    expect(action?.sectionGain).toBeCloseTo(71.4 - 60, 5);
    expect(scaling(before)).toBe(60);
    expect(scaling(after)).toBe(71);
  });
});

describe("planImprovements properties", () => {
  it("reports for any answers the gains a full re-score gives", () => {
    fc.assert(
      fc.property(arbitraryAnswers(fixtureContent), (answers) => {
        const rescore = (changed: Answers) => {
          const visible = visibleQuestionIds(fixtureContent, changed);
          const scores = new Map<string, number | null>(
            [...groupScoredQuestions(fixtureContent)].map(([id, questions]) => [
              id,
              scoreSectionExactly(questions, changed, visible),
            ]),
          );
          const prerequisites = fixtureContent.prerequisites.map((p) => scores.get(p.id) ?? null);
          const overall = prerequisites.some((score) => score === null)
            ? null
            : prerequisites.reduce<number>((sum, score) => sum + (score ?? 0), 0) / prerequisites.length;
          const blockers = findBlockers(fixtureContent, changed, visible).map((b) => b.id);
          return { scores, overall, blockers };
        };
        const before = rescore(answers);
        const questions = [...groupScoredQuestions(fixtureContent).values()].flat();
        for (const action of planImprovements(fixtureContent, answers)) {
          const question = questions.find((candidate) => candidate.id === action.questionId);
          if (!question) throw new Error(action.questionId);
          const after = rescore({ ...answers, [question.id]: option(bestOption(question).id) });
          const gain = (a: number | null, b: number | null) => (a === null || b === null ? 0 : b - a);
          // The plan never promises a loss (see gain() in plan-improvements.ts).
          expect(action.overallGain).toBeCloseTo(Math.max(0, gain(before.overall, after.overall)), 1);
          expect(action.sectionGain).toBeCloseTo(
            Math.max(
              0,
              gain(before.scores.get(action.section) ?? null, after.scores.get(action.section) ?? null),
            ),
            1,
          );
          expect(action.liftsBlockers).toEqual(before.blockers.filter((id) => !after.blockers.includes(id)));
        }
      }),
      { numRuns: 40 },
    );
  });
});
