import type { AnswersContent } from "@/lib/engine/validate-answers";
import { checkDraftAgainstContent } from "@/lib/storage/check-draft";
import { createAssessmentStore, type AssessmentSnapshot, type AssessmentStore } from "./assessment-store";

/**
 * The content stored drafts are checked against. It comes from the server as the page's content
 * file (in the page's language; the checks read ids only) rather than from an import, so that
 * the content is not in the browser's JavaScript.
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
export function getBrowserAssessmentStore(content: AnswersContent): AssessmentStore {
  draftContent = content;
  return browserAssessmentStore;
}

const loadingSnapshot: AssessmentSnapshot = { status: "loading" };

function notReady(): never {
  throw new Error("The assessment cannot change before the content has loaded.");
}

/**
 * The store's stand-in while the content loads: the stored drafts are checked against the
 * content, so until it is there the assessment shows as loading, and nothing can change it.
 */
export const pendingAssessmentStore: AssessmentStore = {
  subscribe: () => () => {},
  getSnapshot: () => loadingSnapshot,
  getServerSnapshot: () => loadingSnapshot,
  updateDocument: notReady,
  setStep: notReady,
  replaceDocument: notReady,
  startOver: notReady,
  loadStoredAnswers: notReady,
  keepTabAnswers: notReady,
};
