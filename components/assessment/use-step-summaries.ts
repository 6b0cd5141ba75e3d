"use client";

import { useTranslations } from "next-intl";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { assessmentStepIds, type QuestionStepId } from "@/lib/storage/steps";
import { useQuestionnaireContentIfLoaded } from "./assessment-context";
import type { StepSummary } from "./step-indicator";
import { measureStepProgress } from "./step-progress";
import { useStepTitle } from "./step-titles";

const questionSteps = assessmentStepIds.filter((step): step is QuestionStepId => step !== "review");

/**
 * Each step's title and progress, for the step indicator. Until the content has loaded and the
 * stored assessment is read (document null) the progress is not known: each step keeps an empty line in its place, so the
 * list does not grow when the progress arrives.
 */
export function useStepSummaries(
  document: DraftDocument | null,
  visibleIds: ReadonlySet<string>,
): StepSummary[] {
  const t = useTranslations("assessment.steps");
  const content = useQuestionnaireContentIfLoaded();
  const stepTitle = useStepTitle();
  const sections = questionSteps.map((section): StepSummary => {
    if (!document || !content)
      return { id: section, title: stepTitle(section), information: "\u00a0", complete: false };
    const progress = measureStepProgress(
      content,
      section,
      document.answers,
      visibleIds,
      document.project.title,
    );
    return {
      id: section,
      title: stepTitle(section),
      information: t("answeredOf", { answered: progress.answered, shown: progress.shown }),
      complete: progress.complete,
    };
  });
  return [...sections, { id: "review", title: stepTitle("review"), complete: false }];
}
