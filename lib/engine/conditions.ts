import type { Answer, Answers } from "../schemas/answers";
import type { Condition } from "../schemas/condition";
import type { QuestionCore } from "../schemas/question";

/** Looks up the answer a condition sees: undefined when unanswered or hidden. */
export type AnswerLookup = (questionId: string) => Answer | undefined;

/** The answer to a question, guarded against keys inherited from Object.prototype. */
export function readAnswer(answers: Answers, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** A lookup that sees only the answers to shown questions (all answers when `visibleIds` is absent). */
export function lookupAnswers(answers: Answers, visibleIds?: ReadonlySet<string>): AnswerLookup {
  return (questionId) =>
    visibleIds && !visibleIds.has(questionId) ? undefined : readAnswer(answers, questionId);
}

/**
 * Whether an answer is one of `ids`: an option answer by its option id, a multi-choice answer when
 * any chosen value is listed, a special answer by "dont-know" / "not-applicable".
 */
export function answerMatches(answer: Answer | undefined, ids: readonly string[]): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case "option":
      return ids.includes(answer.value);
    case "options":
      return answer.values.some((value) => ids.includes(value));
    case "dont-know":
    case "not-applicable":
      return ids.includes(answer.type);
  }
}

export function evaluateConditionWith(condition: Condition, lookup: AnswerLookup): boolean {
  if ("question" in condition) return answerMatches(lookup(condition.question), condition.in);
  if ("all" in condition) return condition.all.every((part) => evaluateConditionWith(part, lookup));
  if ("any" in condition) return condition.any.some((part) => evaluateConditionWith(part, lookup));
  return !evaluateConditionWith(condition.not, lookup);
}

/**
 * Evaluates a condition over the answers. When `visibleIds` is given, a question outside it is
 * seen as unanswered, so an answer kept for a hidden question never decides anything.
 */
export function evaluateCondition(
  condition: Condition,
  answers: Answers,
  visibleIds?: ReadonlySet<string>,
): boolean {
  return evaluateConditionWith(condition, lookupAnswers(answers, visibleIds));
}

/** The question ids a condition refers to, each once, in the order they appear. */
export function referencedQuestionIds(condition: Condition): string[] {
  const ids = new Set<string>();
  const visit = (part: Condition): void => {
    if ("question" in part) ids.add(part.question);
    else if ("all" in part) part.all.forEach(visit);
    else if ("any" in part) part.any.forEach(visit);
    else visit(part.not);
  };
  visit(condition);
  return [...ids];
}

/**
 * The ids of the questions shown for these answers. A question is shown when it has no showIf or
 * its showIf holds, where a showIf that refers to a hidden question sees it as unanswered. In a
 * cycle of showIfs (a content error), the question that closes the cycle is seen as unanswered.
 */
export function visibleQuestionIds(
  content: { questions: readonly Pick<QuestionCore, "id" | "showIf">[] },
  answers: Answers,
): ReadonlySet<string> {
  const byId = new Map(content.questions.map((question) => [question.id, question]));
  const state = new Map<string, "pending" | boolean>();

  const isVisible = (questionId: string): boolean => {
    const known = state.get(questionId);
    if (known === "pending") return false;
    if (known !== undefined) return known;
    const question = byId.get(questionId);
    if (!question) return false;
    state.set(questionId, "pending");
    const shown =
      !question.showIf ||
      evaluateConditionWith(question.showIf, (id) => (isVisible(id) ? readAnswer(answers, id) : undefined));
    state.set(questionId, shown);
    return shown;
  };

  return new Set(content.questions.filter((question) => isVisible(question.id)).map((q) => q.id));
}
