/** The step's heading: the form is named by it, and focus goes to it after moving between steps. */
export const stepHeadingId = "step-heading";

/** Element ids shared by the fields, the error summary and the review's "Change" links. */
export const projectFieldIds = {
  title: "project-title",
  organisation: "project-organisation",
  description: "project-description",
} as const;

export function questionElementId(questionId: string): string {
  return `question-${questionId}`;
}

export function noteElementId(questionId: string): string {
  return `${questionId}-note`;
}
