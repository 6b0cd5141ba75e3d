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
