"use client";

import type { ReactNode } from "react";
import type { QuestionnaireContent } from "@/lib/content/questionnaire-content";
import type { ResultsContent } from "@/lib/content/results-content";
import { AssessmentProvider } from "./assessment-context";
import { getBrowserAssessmentStore } from "./browser-store";

/**
 * Gives the questionnaire and the results the content the server sent with the page (in the
 * page's language; see localizeContent) and this browser's stored assessment.
 */
export function BrowserAssessmentProvider({
  content,
  children,
}: {
  content: QuestionnaireContent | ResultsContent;
  children: ReactNode;
}) {
  return (
    <AssessmentProvider content={content} store={getBrowserAssessmentStore(content)}>
      {children}
    </AssessmentProvider>
  );
}
