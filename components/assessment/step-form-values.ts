import type { Content } from "@/lib/schemas/content";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";
import { setDraftAnswer, setDraftProject, type DraftDocument } from "@/lib/storage/draft-document";
import { readAnswer } from "@/lib/engine/conditions";
import { toAnswer, toAnswerField, type AnswerField } from "./answer-field";
import { listQuestionChoices } from "./question-options";
import type { StepFormInput } from "./step-schema";

/** The form's starting values: what the document holds for this step's questions. */
export function buildStepFormValues(
  document: DraftDocument,
  questions: readonly AskedQuestion[],
): StepFormInput {
  const answers: Record<string, AnswerField> = {};
  for (const question of questions)
    answers[question.id] = toAnswerField(readAnswer(document.answers, question.id));
  return { project: { ...document.project }, answers };
}

/** Writes the form's values back into the document; unchanged parts keep their identity. */
export function applyStepFormValues(
  document: DraftDocument,
  values: StepFormInput,
  questions: readonly AskedQuestion[],
  vocabulary: Content["vocabulary"],
  options: { includeProject: boolean; now: Date },
): DraftDocument {
  let next = document;
  if (options.includeProject) {
    next = setDraftProject(next, { ...values.project }, options.now);
  }
  for (const question of questions) {
    const { multiple } = listQuestionChoices(question, vocabulary);
    next = setDraftAnswer(next, question.id, toAnswer(values.answers[question.id], multiple), options.now);
  }
  return next;
}
