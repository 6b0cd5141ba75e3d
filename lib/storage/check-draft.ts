import { validateAnswers } from "../engine/validate-answers";
import type { AnswersContent } from "../engine/validate-answers";
import type { DraftDocument } from "./draft-document";

/**
 * Checks a stored draft against the content: known questions and options. A draft may still
 * lack its title, and its notes may together be over their budget (each note is within its own
 * limits, which the draft schema checks): both are left to the questionnaire and the review step.
 */
export function checkDraftAgainstContent(draft: DraftDocument, content: AnswersContent): string[] {
  const answers = Object.fromEntries(
    Object.entries(draft.answers).map(([id, answer]) => {
      const bare = { ...answer };
      delete bare.note;
      return [id, bare];
    }),
  );
  const titled = {
    ...draft,
    project: { ...draft.project, title: draft.project.title.trim() ? draft.project.title : "-" },
    answers,
  };
  const result = validateAnswers(titled, content, "en");
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}
