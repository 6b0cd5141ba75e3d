import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readinessLevelIds } from "../schemas/common";
import type { Content } from "../schemas/content";
import { isScored, type ScoredQuestion } from "../schemas/question";
import { assessProject } from "./assess-project";
import { makeDocument, dontKnow, option } from "./fixtures/answers";
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
        expect(readinessLevelIds.indexOf(better.overall.level)).toBeGreaterThanOrEqual(
          readinessLevelIds.indexOf(worse.overall.level),
        );
      }),
      { numRuns: 60 },
    );
  });
});
