import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import { readinessLevelIds } from "../schemas/common";
import type { Content } from "../schemas/content";
import { isScored } from "../schemas/question";
import { assessProject } from "./assess-project";
import { visibleQuestionIds } from "./conditions";
import { makeDocument, option, strongAnswers } from "./fixtures/answers";
import { arbitraryAnswer, arbitraryAnswers } from "./fixtures/arbitrary-answers";
import { fixtureContent } from "./fixtures/content";
import type { AssessmentResult } from "./types";

/** The fixture with a quick check of one or two questions per prerequisite and the profile it needs. */
const content: Content = {
  ...fixtureContent,
  quickCheck: {
    screens: [
      { id: "project", questionIds: ["domain", "personal-data", "ai-role"] },
      {
        id: "basis",
        questionIds: ["dt-data-access", "org-owner", "comp-ai-literacy", "sc-operating-budget"],
      },
      { id: "legal", questionIds: ["legal-basis-operation", "legal-ai-act-classified"] },
    ],
    highestLevel: "nearly-ready",
  },
};
const quickIds = content.quickCheck?.screens.flatMap((screen) => screen.questionIds) ?? [];
const quickQuestions = content.questions.filter((question) => quickIds.includes(question.id));
const otherQuestions = content.questions.filter((question) => !quickIds.includes(question.id));

/** Answers to every quick-check question (each may be »Ved ikke« or »Ikke relevant« where offered). */
const quickAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...quickQuestions.map((question) => arbitraryAnswer(question, content)))
  .map((answers) =>
    Object.fromEntries(quickQuestions.map((question, index) => [question.id, answers[index]!])),
  );

/** Answers to some of the other questions. */
const moreAnswers = arbitraryAnswers({ ...content, questions: otherQuestions });

function levelRank(result: AssessmentResult): number {
  return result.overall.level === null ? -1 : readinessLevelIds.indexOf(result.overall.level);
}

function assess(answers: Answers): AssessmentResult {
  return assessProject(makeDocument(answers), content);
}

describe("the quick check's provisional verdict", () => {
  it("gives a level, marked provisional and from the quick check, when only its questions are answered", () => {
    fc.assert(
      fc.property(quickAnswers, (answers) => {
        const { overall } = assess(answers);
        expect(overall.level).not.toBeNull();
        expect(overall.basis).toBe("quick-check");
        expect(overall.provisional).toBe(true);
        expect(overall.unansweredQuestionIds.length).toBeGreaterThan(0);
        expect(readinessLevelIds.indexOf(overall.level!)).toBeLessThanOrEqual(
          readinessLevelIds.indexOf("nearly-ready"),
        );
      }),
      { numRuns: 80 },
    );
  });

  it("never says »ready«, even when every quick-check answer is the best", () => {
    const best = strongAnswers(fixtureContent);
    const answers = Object.fromEntries(quickIds.flatMap((id) => (best[id] ? [[id, best[id]]] : [])));
    const { overall } = assess(answers);
    expect(overall).toMatchObject({ level: "nearly-ready", basis: "quick-check", provisional: true });
    expect(overall.score).toBe(100);
  });

  it("still lets a blocker hold the level down", () => {
    const best = strongAnswers(fixtureContent);
    const answers = Object.fromEntries(quickIds.flatMap((id) => (best[id] ? [[id, best[id]]] : [])));
    const { overall } = assess({ ...answers, "dt-data-access": option("none") });
    expect(overall).toMatchObject({ level: "early", cappedBy: ["no-data-access"], basis: "quick-check" });
  });

  it("gives no level when a shown quick-check question is skipped: skipping never pays", () => {
    fc.assert(
      fc.property(quickAnswers, moreAnswers, fc.constantFrom(...quickIds), (quick, more, skippedId) => {
        const answers = { ...more, ...quick };
        const skipped = { ...answers };
        delete skipped[skippedId];
        const before = assess(answers);
        const after = assess(skipped);
        if (after.overall.basis === "full") return; // the other answers alone make the full basis
        if (visibleQuestionIds(content, skipped).has(skippedId)) expect(after.overall.level).toBeNull();
        expect(levelRank(after)).toBeLessThanOrEqual(levelRank(before));
      }),
      { numRuns: 150 },
    );
  });

  it("does not move, nor look surer, when more questions are answered without the full basis", () => {
    fc.assert(
      fc.property(quickAnswers, moreAnswers, (quick, more) => {
        const alone = assess(quick);
        const more_ = assess({ ...more, ...quick });
        if (more_.overall.basis === "full") {
          // The full basis: still provisional while any shown scored question is unanswered.
          expect(more_.overall.provisional).toBe(more_.overall.unansweredQuestionIds.length > 0);
          return;
        }
        expect(more_.overall.provisional).toBe(true);
        expect(more_.overall.score).toBe(alone.overall.score);
        // Only a blocker that a further answer fires can lower it; nothing raises it.
        expect(levelRank(more_)).toBeLessThanOrEqual(levelRank(alone));
      }),
      { numRuns: 150 },
    );
  });

  it("never lowers the level when a quick-check answer improves", () => {
    const scored = quickQuestions.filter(isScored);
    fc.assert(
      fc.property(quickAnswers, fc.constantFrom(...scored), (answers, question) => {
        const sorted = [...question.options].sort((a, b) => a.points - b.points);
        const worst = sorted[0]!;
        const best = sorted[sorted.length - 1]!;
        const worse = assess({ ...answers, [question.id]: option(worst.id) });
        const better = assess({ ...answers, [question.id]: option(best.id) });
        expect(levelRank(better)).toBeGreaterThanOrEqual(levelRank(worse));
      }),
      { numRuns: 80 },
    );
  });

  it("leaves documents without a quick check in the content as they were", () => {
    fc.assert(
      fc.property(quickAnswers, (answers) => {
        const result = assessProject(makeDocument(answers), fixtureContent);
        expect(result.overall).toMatchObject({ level: null, basis: "full" });
      }),
      { numRuns: 20 },
    );
  });
});
