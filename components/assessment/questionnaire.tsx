"use client";

import { content } from "@/content";
import type { AssessmentStepId } from "@/lib/storage/steps";
import { AssessmentProvider } from "./assessment-context";
import { browserAssessmentStore } from "./browser-store";
import { QuestionnaireView } from "./questionnaire-view";

/** The questionnaire with the real content and this browser's stored assessment. */
export function Questionnaire({ step }: { step: AssessmentStepId }) {
  return (
    <AssessmentProvider content={content} store={browserAssessmentStore}>
      <QuestionnaireView step={step} />
    </AssessmentProvider>
  );
}
