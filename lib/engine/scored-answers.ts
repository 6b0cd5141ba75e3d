import type { Answer } from "../schemas/answers";
import type { AdviceId, PrerequisiteId } from "../schemas/common";
import type { Content } from "../schemas/content";
import { isScored, type ScoredOption, type ScoredQuestion } from "../schemas/question";

export type ScoredSectionId = PrerequisiteId | AdviceId;

/** How a scored question was answered, as the scoring sees it. */
export type ScoredAnswer =
  | { state: "answered"; option: ScoredOption }
  | { state: "dont-know" | "not-applicable" | "unanswered" };

/**
 * Reads the answer to a scored question. An option the question does not have, or a multi-choice
 * answer to this single-choice question, counts as unanswered: the engine scores only what it
 * understands (validateAnswers tells the user about the rest).
 */
export function readScoredAnswer(question: ScoredQuestion, answer: Answer | undefined): ScoredAnswer {
  if (!answer || answer.type === "options") return { state: "unanswered" };
  if (answer.type !== "option") return { state: answer.type };
  const option = question.options.find((candidate) => candidate.id === answer.value);
  return option ? { state: "answered", option } : { state: "unanswered" };
}

// Content is immutable, so each question's extremes are computed once (the plan re-scores often).
const extremes = new WeakMap<ScoredQuestion, { max: number; min: number }>();

function extremesOf(question: ScoredQuestion): { max: number; min: number } {
  let found = extremes.get(question);
  if (!found) {
    const points = question.options.map((option) => option.points);
    found = { max: Math.max(...points), min: Math.min(...points) };
    extremes.set(question, found);
  }
  return found;
}

export function maxPoints(question: ScoredQuestion): number {
  return extremesOf(question).max;
}

/** "Don't know" scores like the weakest option. */
export function minPoints(question: ScoredQuestion): number {
  return extremesOf(question).min;
}

/** The option with the most points (the first of equals). */
export function bestOption(question: ScoredQuestion): ScoredOption {
  const best = maxPoints(question);
  const option = question.options.find((candidate) => candidate.points === best);
  if (!option) throw new Error(`question ${question.id} has no options`);
  return option;
}

/** The scored questions of each prerequisite and advice section, in content order. */
export function groupScoredQuestions(
  content: Pick<Content, "questions">,
): ReadonlyMap<ScoredSectionId, ScoredQuestion[]> {
  const groups = new Map<ScoredSectionId, ScoredQuestion[]>();
  for (const question of content.questions) {
    if (!isScored(question)) continue;
    const group = groups.get(question.section);
    if (group) group.push(question);
    else groups.set(question.section, [question]);
  }
  return groups;
}
