import type { Locale } from "@/lib/schemas/common";
import type { QuestionStepId } from "@/lib/storage/steps";
import type { QuestionnaireContent } from "@/lib/content/questionnaire-content";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { readAnswer } from "@/lib/engine/conditions";
import { describeAnswer, type AnswerLabels } from "@/lib/format/describe-answer";
import { projectFieldIds, questionElementId } from "./element-ids";
import { listQuestionChoices } from "./question-options";
import type { ReviewRow } from "./review-section";
import { listStepQuestions } from "./step-progress";

/** Every shown question of a step with its answer, or "not answered". */
export function buildStepRows(
  content: Pick<QuestionnaireContent, "questions" | "vocabulary">,
  step: QuestionStepId,
  document: DraftDocument,
  visibleIds: ReadonlySet<string>,
  locale: Locale,
  labels: AnswerLabels,
): ReviewRow[] {
  return listStepQuestions(content, step)
    .filter((question) => visibleIds.has(question.id))
    .map((question) => {
      const answer = readAnswer(document.answers, question.id);
      return {
        id: question.id,
        label: question.text[locale],
        value: describeAnswer(
          answer,
          listQuestionChoices(question, content.vocabulary).options,
          locale,
          labels,
        ).text,
        note: answer?.note,
        targetId: questionElementId(question.id),
        missing: answer === undefined,
      };
    });
}

/** The project's title, organisation and description; an empty title counts as missing. */
export function buildProjectRows(
  document: DraftDocument,
  labels: { title: string; organisation: string; description: string; empty: string; missingTitle: string },
): ReviewRow[] {
  const { title, organisation, description } = document.project;
  return [
    {
      id: "title",
      label: labels.title,
      value: title.trim() || labels.missingTitle,
      targetId: projectFieldIds.title,
      missing: !title.trim(),
    },
    {
      id: "organisation",
      label: labels.organisation,
      value: organisation.trim() || labels.empty,
      targetId: projectFieldIds.organisation,
      missing: false,
    },
    {
      id: "description",
      label: labels.description,
      value: description.trim() || labels.empty,
      targetId: projectFieldIds.description,
      missing: false,
    },
  ];
}
