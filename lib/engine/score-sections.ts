import type { Answers } from "../schemas/answers";
import type { AdviceId } from "../schemas/common";
import type { ScoredQuestionCore } from "../schemas/question";
import { readAnswer, visibleQuestionIds } from "./conditions";
import { apportion, roundScore } from "./rounding";
import {
  groupScoredQuestions,
  maxPoints,
  minPoints,
  readScoredAnswer,
  type ScoredSectionId,
} from "./scored-answers";
import type { AnswerContribution, PrerequisiteResult, SectionScore, EngineContent } from "./types";

/** A section needs answers to at least half of its applicable questions (and at least one). */
export function requiredAnswers(applicable: number): number {
  return Math.max(1, Math.ceil(0.5 * applicable));
}

interface Row {
  contribution: AnswerContribution;
  /** Weight in the denominator (0 when the answer leaves it). */
  weight: number;
  /** Share of the best answer reached, 0-1. */
  ratio: number;
}

function contributionOf(
  question: ScoredQuestionCore,
  maxPoints: number,
  state: AnswerContribution["state"],
  optionId: string | null,
  points: number,
): AnswerContribution {
  return {
    questionId: question.id,
    state,
    optionId,
    points,
    maxPoints,
    weight: question.weight,
    earned: 0,
    possible: 0,
  };
}

function readRow(question: ScoredQuestionCore, answers: Answers): Row {
  const read = readScoredAnswer(question, readAnswer(answers, question.id));
  const best = maxPoints(question);
  // A question whose best option has no points cannot tell answers apart: it leaves the denominator.
  const weight = best > 0 ? question.weight : 0;
  switch (read.state) {
    case "answered": {
      const points = read.option.points;
      return {
        contribution: contributionOf(question, best, "answered", read.option.id, points),
        weight,
        ratio: best > 0 ? points / best : 0,
      };
    }
    case "dont-know": {
      const points = minPoints(question);
      return {
        contribution: contributionOf(question, best, "dont-know", null, points),
        weight,
        ratio: best > 0 ? points / best : 0,
      };
    }
    default:
      return {
        contribution: contributionOf(question, best, read.state, null, 0),
        weight: 0,
        ratio: 0,
      };
  }
}

/**
 * Scores one section over its shown questions: an answer earns weight × points / best points;
 * "don't know" scores like the weakest option and stays in the denominator; "not applicable" and
 * hidden questions leave it; unanswered questions only count against coverage. The score is null
 * ("not enough answers") below half the applicable questions. `answered` counts "don't know" too.
 * Each contribution's `earned` is its share of the score and `possible` its share of 100, rounded
 * so that the shares add up to the score and to 100 exactly.
 */
export function scoreSection(
  questions: readonly ScoredQuestionCore[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): SectionScore {
  const rows = questions.filter((question) => visibleIds.has(question.id)).map((q) => readRow(q, answers));
  const states = rows.map((row) => row.contribution.state);
  const answered = states.filter((state) => state === "answered" || state === "dont-know").length;
  const applicable = states.filter((state) => state !== "not-applicable").length;
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  const contributions = rows.map((row) => row.contribution);
  if (answered < requiredAnswers(applicable) || totalWeight <= 0) {
    return { score: null, answered, applicable, shown: rows.length, contributions };
  }

  const earnedShares = rows.map((row) => (100 * row.weight * row.ratio) / totalWeight);
  const gapShares = rows.map((row) => (100 * row.weight * (1 - row.ratio)) / totalWeight);
  const score = roundScore(earnedShares.reduce((sum, share) => sum + share, 0));
  const scoreTenths = Math.round(score * 10);
  const earnedTenths = apportion(earnedShares, scoreTenths);
  const gapTenths = apportion(gapShares, 1000 - scoreTenths);
  return {
    score,
    answered,
    applicable,
    shown: rows.length,
    contributions: contributions.map((contribution, index) => {
      const earned = earnedTenths[index] ?? 0;
      const gap = gapTenths[index] ?? 0;
      return { ...contribution, earned: earned / 10, possible: (earned + gap) / 10 };
    }),
  };
}

export interface SectionScores {
  prerequisites: PrerequisiteResult[];
  advice: Record<AdviceId, SectionScore>;
}

/** Scores the five prerequisites (in content order) and the three advice sections. */
export function scoreSections(
  content: Pick<EngineContent, "questions" | "prerequisites" | "advice">,
  answers: Answers,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): SectionScores {
  const groups = groupScoredQuestions(content);
  const scoreOf = (section: ScoredSectionId): SectionScore =>
    scoreSection(groups.get(section) ?? [], answers, visibleIds);
  return {
    prerequisites: content.prerequisites.map((prerequisite) => ({
      id: prerequisite.id,
      ...scoreOf(prerequisite.id),
    })),
    advice: {
      "start-small": scoreOf("start-small"),
      "legal-early": scoreOf("legal-early"),
      "data-first": scoreOf("data-first"),
    },
  };
}
