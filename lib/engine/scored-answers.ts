import type { Answer, Answers } from "../schemas/answers";
import type { AdviceId, PrerequisiteId } from "../schemas/common";
import { isScored } from "../schemas/question-kind";
import type { ScoredOption, ScoredQuestionCore } from "../schemas/question";
import type { EngineContent } from "./types";

export type ScoredSectionId = PrerequisiteId | AdviceId;

/** How a scored question was answered, as the scoring sees it. */
export type ScoredAnswer =
  { state: "answered"; option: ScoredOption } | { state: "dont-know" | "not-applicable" | "unanswered" };

/**
 * Reads the answer to a scored question. An option the question does not have, or a multi-choice
 * answer to this single-choice question, counts as unanswered: the engine scores only what it
 * understands (validateAnswers tells the user about the rest).
 */
export function readScoredAnswer(question: ScoredQuestionCore, answer: Answer | undefined): ScoredAnswer {
  if (!answer || answer.type === "options") return { state: "unanswered" };
  if (answer.type !== "option") return { state: answer.type };
  const option = question.options.find((candidate) => candidate.id === answer.value);
  return option ? { state: "answered", option } : { state: "unanswered" };
}

// Content is immutable, so each question's extremes are computed once (the plan re-scores often).
const extremes = new WeakMap<ScoredQuestionCore, { max: number; min: number }>();

function extremesOf(question: ScoredQuestionCore): { max: number; min: number } {
  let found = extremes.get(question);
  if (!found) {
    const points = question.options.map((option) => option.points);
    found = { max: Math.max(...points), min: Math.min(...points) };
    extremes.set(question, found);
  }
  return found;
}

export function maxPoints(question: ScoredQuestionCore): number {
  return extremesOf(question).max;
}

/** "Don't know" scores like the weakest option. */
export function minPoints(question: ScoredQuestionCore): number {
  return extremesOf(question).min;
}

/** The option with the most points (the first of equals). */
export function bestOption(question: ScoredQuestionCore): ScoredOption {
  const best = maxPoints(question);
  const option = question.options.find((candidate) => candidate.points === best);
  if (!option) throw new Error(`question ${question.id} has no options`);
  return option;
}

/** The scored questions of each prerequisite and advice section, in content order. */
export function groupScoredQuestions(
  content: Pick<EngineContent, "questions">,
): ReadonlyMap<ScoredSectionId, ScoredQuestionCore[]> {
  const groups = new Map<ScoredSectionId, ScoredQuestionCore[]>();
  for (const question of content.questions) {
    if (!isScored(question)) continue;
    const group = groups.get(question.section);
    if (group) group.push(question);
    else groups.set(question.section, [question]);
  }
  return groups;
}

/**
 * The answers as blockers and advice rules read them: a shown scored question left empty reads as
 * "don't know". So skipping a question never avoids a blocker or a failed advice check that
 * answering "don't know" honestly would raise. Profile answers and hidden questions are untouched.
 */
export function readGapsAsDontKnow(
  content: Pick<EngineContent, "questions">,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): Answers {
  const read: Answers = { ...answers };
  for (const question of content.questions) {
    if (!isScored(question) || !visibleIds.has(question.id)) continue;
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (readScoredAnswer(question, answer).state === "unanswered") read[question.id] = { type: "dont-know" };
  }
  return read;
}
