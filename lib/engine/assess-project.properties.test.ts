import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readinessLevelIds } from "../schemas/common";
import type { Content } from "../schemas/content";
import { isScored, type ScoredQuestion } from "../schemas/question";
import { assessProject } from "./assess-project";
import { visibleQuestionIds } from "./conditions";
import { makeDocument, dontKnow, notApplicable, option } from "./fixtures/answers";
import { arbitraryAnswers } from "./fixtures/arbitrary-answers";
import { fixtureContent } from "./fixtures/content";
import { validateAnswers } from "./validate-answers";
import type { AssessmentResult } from "./types";

// The real content is checked too when it loads; the engine's tests never depend on it.
const realContent: Content | null = await import("@/content")
  .then((module) => module.content)
  .catch(() => null);
const contents: [string, Content][] = [
  ["the fixture content", fixtureContent],
  ...(realContent ? [["the real content", realContent] as [string, Content]] : []),
];

function allScores(result: AssessmentResult): number[] {
  return [
    ...result.prerequisites.map((p) => p.score),
    ...result.advice.map((a) => a.score),
    result.overall.score,
  ].filter((score): score is number => score !== null);
}

function sectionScore(result: AssessmentResult, section: string): number | null {
  return (
    result.prerequisites.find((p) => p.id === section)?.score ??
    result.advice.find((a) => a.id === section)?.score ??
    null
  );
}

/** A scored question's answer made better: a weaker answer before, a stronger one after. */
function arbitraryImprovement(questions: ScoredQuestion[]) {
  return fc
    .constantFrom(...questions.filter((q) => new Set(q.options.map((o) => o.points)).size > 1))
    .chain((question) => {
      const sorted = [...question.options].sort((a, b) => a.points - b.points);
      const best = sorted[sorted.length - 1]?.points ?? 0;
      const weaker = sorted.filter((o) => o.points < best);
      const fromOption = fc
        .constantFrom(...weaker)
        .chain((before) =>
          fc
            .constantFrom(...sorted.filter((o) => o.points > before.points))
            .map((after) => ({ question, before: option(before.id), after: option(after.id) })),
        );
      const fromDontKnow = fc
        .constantFrom(...sorted)
        .map((after) => ({ question, before: dontKnow, after: option(after.id) }));
      return question.offersDontKnow ? fc.oneof(fromOption, fromDontKnow) : fromOption;
    });
}

describe.each(contents)("assessProject properties on %s", (_name, content) => {
  const answers = arbitraryAnswers(content);

  it("scores any valid document without error, every score within 0..100", () => {
    fc.assert(
      fc.property(answers, (generated) => {
        const doc = makeDocument(generated);
        expect(validateAnswers(doc, content, "en")).toMatchObject({ ok: true });
        const result = assessProject(doc, content);
        for (const score of allScores(result)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        for (const contribution of [...result.prerequisites, ...result.advice].flatMap(
          (s) => s.contributions,
        )) {
          expect(contribution.earned).toBeGreaterThanOrEqual(0);
          expect(contribution.earned).toBeLessThanOrEqual(contribution.possible);
        }
        for (const match of result.matches) {
          expect(match.similarity).toBeGreaterThanOrEqual(0);
          expect(match.similarity).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same result for the same answers", () => {
    fc.assert(
      fc.property(answers, (generated) => {
        const first = assessProject(makeDocument(generated), content);
        const second = assessProject(makeDocument(structuredClone(generated)), content);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 30 },
    );
  });

  it("never lowers the section score, the overall score or the level when one answer improves", () => {
    const scored = content.questions.filter(isScored);
    fc.assert(
      fc.property(answers, arbitraryImprovement(scored), (generated, { question, before, after }) => {
        const worse = assessProject(makeDocument({ ...generated, [question.id]: before }), content);
        const better = assessProject(makeDocument({ ...generated, [question.id]: after }), content);
        const sectionBefore = sectionScore(worse, question.section);
        if (sectionBefore !== null) {
          expect(sectionScore(better, question.section)).toBeGreaterThanOrEqual(sectionBefore);
        }
        if (worse.overall.score !== null) {
          expect(better.overall.score).toBeGreaterThanOrEqual(worse.overall.score);
        }
        expect(levelRank(better)).toBeGreaterThanOrEqual(levelRank(worse));
      }),
      { numRuns: 60 },
    );
  });

  it("never gives a higher section score, overall score or level when an answer is removed", () => {
    const scored = content.questions.filter(isScored);
    fc.assert(
      fc.property(answers, arbitraryAnsweredQuestion(scored), (generated, { question, answer }) => {
        const answered = { ...generated, [question.id]: answer };
        const skipped = { ...generated };
        delete skipped[question.id];
        const before = assessProject(makeDocument(answered), content);
        const after = assessProject(makeDocument(skipped), content);
        // "Not enough answers" (null) ranks below every score and every level.
        expect(rank(sectionScore(after, question.section))).toBeLessThanOrEqual(
          rank(sectionScore(before, question.section)),
        );
        if (after.overall.basis === before.overall.basis) {
          expect(rank(after.overall.score)).toBeLessThanOrEqual(rank(before.overall.score));
          expect(levelRank(after)).toBeLessThanOrEqual(levelRank(before));
        } else if (after.overall.basis === "quick-check") {
          // A level that loses its full basis falls back to the quick check's verdict, which is
          // always provisional and never above the quick check's highest level.
          expect(after.overall.provisional).toBe(true);
          expect(levelRank(after)).toBeLessThanOrEqual(readinessLevelIds.indexOf("nearly-ready"));
        } else {
          // A quick-check verdict that loses one of its answers gives no level at all, not a
          // full-basis one.
          expect(before.overall.basis).toBe("quick-check");
          expect(after.overall.level).toBeNull();
        }
        if (after.overall.level !== null && visibleQuestionIds(content, skipped).has(question.id)) {
          expect(after.overall.provisional).toBe(true);
          expect(after.overall.unansweredQuestionIds).toContain(question.id);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("counts an empty shown question as the same gap as »Ved ikke«, which only adds coverage", () => {
    const scored = content.questions.filter((q) => isScored(q) && q.offersDontKnow);
    fc.assert(
      fc.property(answers, fc.constantFrom(...scored), (generated, question) => {
        const skipped = { ...generated };
        delete skipped[question.id];
        const unknown = assessProject(makeDocument({ ...generated, [question.id]: dontKnow }), content);
        const empty = assessProject(makeDocument(skipped), content);
        // Same score wherever the empty answer still leaves enough answers for one.
        empty.prerequisites.forEach((prerequisite, index) => {
          if (prerequisite.score !== null)
            expect(prerequisite.score).toBe(unknown.prerequisites[index]?.score);
        });
        expect(empty.blockers.map((b) => [b.id, b.basis])).toEqual(
          unknown.blockers.map((b) => [b.id, b.basis]),
        );
        empty.advice.forEach((check, index) => {
          if (check.score !== null) expect(check.outcome).toBe(unknown.advice[index]?.outcome);
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** A score's rank: null ("not enough answers") below every number. */
function rank(score: number | null): number {
  return score === null ? -1 : score;
}

/** A level's rank: null ("not enough answers yet") below "not ready". */
function levelRank(result: AssessmentResult): number {
  return result.overall.level === null ? -1 : readinessLevelIds.indexOf(result.overall.level);
}

/** A scored question with any answer it accepts: an option, "don't know" or "not applicable". */
function arbitraryAnsweredQuestion(questions: ScoredQuestion[]) {
  return fc
    .constantFrom(...questions)
    .chain((question) =>
      fc
        .constantFrom(
          ...question.options.map((o) => option(o.id)),
          ...(question.offersDontKnow ? [dontKnow] : []),
          ...(question.offersNotApplicable ? [notApplicable] : []),
        )
        .map((answer) => ({ question, answer })),
    );
}
