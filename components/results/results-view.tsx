"use client";

import { content } from "@/content";
import { AssessmentProvider } from "@/components/assessment/assessment-context";
import { browserAssessmentStore } from "@/components/assessment/browser-store";
import { ResultsContent } from "./results-content";

/** The results page's body: computed in the browser from the answers stored there. */
export function ResultsView() {
  return (
    <AssessmentProvider content={content} store={browserAssessmentStore}>
      <ResultsContent />
    </AssessmentProvider>
  );
}
