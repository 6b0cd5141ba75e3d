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
    // "Don't know" and an empty answer are the same gap: the weakest option, in the denominator.
    case "dont-know":
    case "unanswered": {
      const points = minPoints(question);
      return {
        contribution: contributionOf(question, best, read.state, null, points),
        weight,
        ratio: best > 0 ? points / best : 0,
      };
    }
    case "not-applicable":
      return {
        contribution: contributionOf(question, best, read.state, null, 0),
        weight: 0,
        ratio: 0,
      };
  }
}

interface Measured {
  rows: Row[];
  answered: number;
  unanswered: number;
  applicable: number;
  /** The unrounded 0-100 score, or null with too few answers. */
  exact: number | null;
  totalWeight: number;
}

function measureRows(
  questions: readonly ScoredQuestionCore[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): Measured {
  const rows = questions.filter((question) => visibleIds.has(question.id)).map((q) => readRow(q, answers));
  const states = rows.map((row) => row.contribution.state);
  const answered = states.filter((state) => state === "answered" || state === "dont-know").length;
  const unanswered = states.filter((state) => state === "unanswered").length;
  const applicable = states.filter((state) => state !== "not-applicable").length;
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  const exact =
    answered < requiredAnswers(applicable) || totalWeight <= 0
      ? null
      : rows.reduce((sum, row) => sum + (100 * row.weight * row.ratio) / totalWeight, 0);
  return { rows, answered, unanswered, applicable, exact, totalWeight };
}

/** A section's score before rounding: the plan ranks its actions by effects smaller than a point. */
export function scoreSectionExactly(
  questions: readonly ScoredQuestionCore[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): number | null {
  return measureRows(questions, answers, visibleIds).exact;
}

/**
 * Scores one section over its shown questions: an answer earns weight × points / best points;
 * "don't know" and a shown question left empty both score as the weakest option and stay in the
 * denominator, so skipping never scores better than answering honestly; "not applicable" and
 * hidden questions leave it. The score is null ("not enough answers") while fewer than half the
 * applicable questions are answered ("don't know" counts as an answer). Each contribution's
 * `earned` is its share of the score and `possible` its share of 100, in whole points that add
 * up to the score and to 100 exactly.
 */
export function scoreSection(
  questions: readonly ScoredQuestionCore[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): SectionScore {
  const { rows, answered, unanswered, applicable, exact, totalWeight } = measureRows(
    questions,
    answers,
    visibleIds,
  );
  const contributions = rows.map((row) => row.contribution);
  const counts = { answered, unanswered, applicable, shown: rows.length };
  if (exact === null) return { score: null, ...counts, contributions };

  const score = roundScore(exact);
  const earned = apportion(
    rows.map((row) => (row.weight * row.ratio) / totalWeight),
    score,
  );
  const gaps = apportion(
    rows.map((row) => (row.weight * (1 - row.ratio)) / totalWeight),
    100 - score,
  );
  return {
    score,
    ...counts,
    contributions: contributions.map((contribution, index) => {
      const share = earned[index] ?? 0;
      return { ...contribution, earned: share, possible: share + (gaps[index] ?? 0) };
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
