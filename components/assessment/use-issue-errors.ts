"use client";

import { useTranslations } from "next-intl";
import type { FileIssue } from "@/lib/storage/answers-file";
import { questionStep, type AssessmentStepId } from "@/lib/storage/steps";
import { useQuestionnaireContent } from "./assessment-context";
import { projectFieldIds, questionElementId } from "./element-ids";
import type { SummaryError } from "./error-summary";

/**
 * Turns the engine's validation issues into error-summary entries that lead to the field on its
 * step: a missing title to the profile step, an answer to its question.
 */
export function useIssueErrors(onNavigate: (step: AssessmentStepId, targetId?: string) => void) {
  const t = useTranslations("assessment.validation");
  const content = useQuestionnaireContent();
  return (issues: FileIssue[]): SummaryError[] =>
    issues.map((issue) => {
      const [root, key] = issue.path.split(".");
      if (root === "project" && key === "title") {
        const fieldId = projectFieldIds.title;
        return { fieldId, message: t("titleMissing"), onFollow: () => onNavigate("profile", fieldId) };
      }
      const question = root === "answers" ? content.questions.find((entry) => entry.id === key) : undefined;
      if (question) {
        const fieldId = questionElementId(question.id);
        const step = questionStep(question);
        return { fieldId, message: issue.message, onFollow: () => onNavigate(step, fieldId) };
      }
      return { fieldId: "step-heading", message: issue.message };
    });
}
