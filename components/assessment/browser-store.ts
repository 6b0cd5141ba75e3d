import { content } from "@/content";
import { createAssessmentStore } from "./assessment-store";
import { checkDraftAgainstContent } from "@/lib/storage/check-draft";

/** The one assessment this browser keeps, shared by the questionnaire, results and resume notice. */
export const browserAssessmentStore = createAssessmentStore({
  getStorage: () => window.localStorage,
  checkDraft: (draft) => checkDraftAgainstContent(draft, content),
});
