import * as z from "zod/mini";
import { sectionIds } from "../schemas/common";

/** The questionnaire's steps: one per section, in order, then the review of all answers. */
export const assessmentStepIdSchema = z.enum([...sectionIds, "review"]);
export type AssessmentStepId = z.infer<typeof assessmentStepIdSchema>;
export const assessmentStepIds = assessmentStepIdSchema.options;

export function isAssessmentStepId(value: unknown): value is AssessmentStepId {
  return assessmentStepIdSchema.safeParse(value).success;
}

/** The step before and after `step`, or null at either end. */
export function findNeighbourSteps(step: AssessmentStepId): {
  previous: AssessmentStepId | null;
  next: AssessmentStepId | null;
} {
  const index = assessmentStepIds.indexOf(step);
  return {
    previous: assessmentStepIds[index - 1] ?? null,
    next: assessmentStepIds[index + 1] ?? null,
  };
}
