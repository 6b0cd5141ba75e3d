import type { AnswersContent } from "@/lib/engine/validate-answers";
import { checkDraftAgainstContent } from "@/lib/storage/check-draft";
import { createAssessmentStore, type AssessmentStore } from "./assessment-store";

/**
 * The content stored drafts are checked against. It comes from the server with each page (in the
 * page's language; the checks read ids only) rather than from an import, so that the content
 * is not in the browser's JavaScript.
 */
let draftContent: AnswersContent | null = null;

/** The one assessment this browser keeps, shared by the questionnaire and the results. */
const browserAssessmentStore = createAssessmentStore({
  getStorage: () => window.localStorage,
  checkDraft: (draft) => {
    if (!draftContent)
      throw new Error("The browser's assessment store was read before it was given the content.");
    return checkDraftAgainstContent(draft, draftContent);
  },
});

/**
 * The browser's one assessment store, checking stored drafts against `content`. Every page that
 * shows the assessment gets the same store, so the autosave, the sync between tabs and a pending
 * save live on through client-side navigation (the review step to the results, one language to
 * the other).
 */
export function getBrowserAssessmentStore(
  content: AnswersContent,
): AssessmentStore {
  draftContent = content;
  return browserAssessmentStore;
}
