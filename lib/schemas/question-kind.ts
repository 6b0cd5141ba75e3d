import type { QuestionCore } from "./question";

/**
 * The answers a question may offer besides its options. With isScored, the only values of
 * question.ts the browser's code needs: this module builds no zod schemas, so a page that only
 * asks whether a question is scored does not build every content schema on its first read.
 */
export const specialAnswerIds = ["dont-know", "not-applicable"] as const;

export function isScored<Q extends QuestionCore>(question: Q): question is Extract<Q, { options: unknown }> {
  return question.section !== "profile";
}
