import type { Content } from "@/lib/schemas/content";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";
import { setDraftAnswer, setDraftProject, type DraftDocument } from "@/lib/storage/draft-document";
import { readAnswer } from "@/lib/engine/conditions";
import { toAnswer, toAnswerField, type AnswerField } from "./answer-field";
import { listQuestionChoices } from "./question-options";
import type { StepFormInput } from "./step-schema";

const projectKeys = ["title", "organisation", "description"] as const;
type ProjectKey = (typeof projectKeys)[number];

/** The fields that differ between two sets of a step's values: project fields and question ids. */
export interface ChangedFields {
  project: ProjectKey[];
  answers: string[];
}

/** The form's values for the document: what it holds for this step's questions (a fresh copy). */
export function buildStepFormValues(
  document: DraftDocument,
  questions: readonly AskedQuestion[],
): StepFormInput {
  const answers: Record<string, AnswerField> = {};
  for (const question of questions)
    answers[question.id] = toAnswerField(readAnswer(document.answers, question.id));
  return { project: { ...document.project }, answers };
}

/** A copy of the form's values that later changes to the form do not reach. */
export function copyStepFormValues(
  values: StepFormInput,
  questions: readonly AskedQuestion[],
): StepFormInput {
  const answers: Record<string, AnswerField> = {};
  for (const question of questions) {
    const field = values.answers?.[question.id];
    answers[question.id] = {
      choice: field?.choice ?? "",
      choices: [...(field?.choices ?? [])],
      note: field?.note ?? "",
    };
  }
  return {
    project: {
      title: values.project?.title ?? "",
      organisation: values.project?.organisation ?? "",
      description: values.project?.description ?? "",
    },
    answers,
  };
}

function sameField(a: AnswerField | undefined, b: AnswerField | undefined): boolean {
  const choices = (field: AnswerField | undefined) => (field?.choices ?? []).join("\u0000");
  return (
    (a?.choice ?? "") === (b?.choice ?? "") &&
    (a?.note ?? "") === (b?.note ?? "") &&
    choices(a) === choices(b)
  );
}

/** Which of the step's fields differ between `before` and `after`. */
export function diffStepFormValues(
  before: StepFormInput,
  after: StepFormInput,
  questions: readonly AskedQuestion[],
): ChangedFields {
  return {
    project: projectKeys.filter((key) => (before.project?.[key] ?? "") !== (after.project?.[key] ?? "")),
    answers: questions
      .map((question) => question.id)
      .filter((id) => !sameField(before.answers?.[id], after.answers?.[id])),
  };
}

export function hasChanges(changed: ChangedFields): boolean {
  return changed.project.length > 0 || changed.answers.length > 0;
}

/**
 * Writes the changed fields of the form into the document and leaves every other answer as the
 * document has it (another tab may have changed those); unchanged parts keep their identity.
 */
export function applyStepFormValues(
  document: DraftDocument,
  values: StepFormInput,
  changed: ChangedFields,
  questions: readonly AskedQuestion[],
  vocabulary: Content["vocabulary"],
  now: Date,
): DraftDocument {
  let next = document;
  if (changed.project.length > 0) {
    const project = { ...next.project };
    for (const key of changed.project) project[key] = values.project[key];
    next = setDraftProject(next, project, now);
  }
  for (const question of questions) {
    if (!changed.answers.includes(question.id)) continue;
    const { multiple } = listQuestionChoices(question, vocabulary);
    next = setDraftAnswer(next, question.id, toAnswer(values.answers[question.id], multiple), now);
  }
  return next;
}
