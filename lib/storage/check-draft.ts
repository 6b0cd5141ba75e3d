import { validateAnswers } from "../engine/validate-answers";
import type { AnswersContent } from "../engine/validate-answers";
import type { DraftDocument } from "./draft-document";

/**
 * Checks a stored draft against the content: known questions and options. A draft may still
 * lack its title, so the title check is left to the review step.
 */
export function checkDraftAgainstContent(draft: DraftDocument, content: AnswersContent): string[] {
  const titled = draft.project.title.trim() ? draft : { ...draft, project: { ...draft.project, title: "-" } };
  const result = validateAnswers(titled, content, "en");
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}
