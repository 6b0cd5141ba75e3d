import * as z from "zod/mini";
import { adviceIds, prerequisiteIds, type SectionId } from "../schemas/common";

/**
 * The questionnaire's steps: the profile on two pages of one topic each (the project and whom it
 * serves; the solution and its data), one step per prerequisite and per piece of advice, in
 * order, then the review of all answers.
 */
export const assessmentStepIdSchema = z.enum([
  "profile",
  "profile-solution",
  ...prerequisiteIds,
  ...adviceIds,
  "review",
]);
export type AssessmentStepId = z.infer<typeof assessmentStepIdSchema>;
export const assessmentStepIds = assessmentStepIdSchema.options;
/** A step that asks questions: every step but the review. */
export type QuestionStepId = Exclude<AssessmentStepId, "review">;

/** The profile questions asked on the profile's second page; the rest are on the first. */
export const profileSolutionQuestionIds: readonly string[] = [
  "technology",
  "ai-role",
  "use-areas",
  "sourcing",
  "processing-location",
  "data-types",
  "personal-data",
  "profiling",
];

export function isAssessmentStepId(value: unknown): value is AssessmentStepId {
  return assessmentStepIdSchema.safeParse(value).success;
}

/** The section whose questions a step asks. */
export function stepSection(step: QuestionStepId): SectionId {
  return step === "profile-solution" ? "profile" : step;
}

/** The step a question is asked on. */
export function questionStep(question: { id: string; section: SectionId }): QuestionStepId {
  if (question.section !== "profile") return question.section;
  return profileSolutionQuestionIds.includes(question.id) ? "profile-solution" : "profile";
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
