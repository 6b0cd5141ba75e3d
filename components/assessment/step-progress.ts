import type { Answers } from "@/lib/schemas/answers";
import { questionStep, type QuestionStepId } from "@/lib/storage/steps";
import type { AskedQuestion, QuestionnaireContent } from "@/lib/content/questionnaire-content";
import { readAnswer, referencedQuestionIds } from "@/lib/engine/conditions";

export interface StepProgress {
  /**
   * Questions shown for the current answers, and hidden ones that a still unanswered question may
   * yet bring up: the total only shrinks as answers rule questions out, it never grows under the user.
   */
  shown: number;
  /** Of those, how many have an answer (don't know and not applicable count as answers). */
  answered: number;
  /** Every shown question is answered (and, on the profile's first page, the project has a title). */
  complete: boolean;
}

/** The questions a step asks, in the content's order. */
export function listStepQuestions(
  content: Pick<QuestionnaireContent, "questions">,
  step: QuestionStepId,
): AskedQuestion[] {
  return content.questions.filter((question) => questionStep(question) === step);
}

export function measureStepProgress(
  content: Pick<QuestionnaireContent, "questions">,
  step: QuestionStepId,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
  projectTitle: string,
): StepProgress {
  const mayBeAsked = (question: AskedQuestion) =>
    visibleIds.has(question.id) ||
    (question.showIf !== undefined &&
      referencedQuestionIds(question.showIf).some((id) => readAnswer(answers, id) === undefined));
  const shown = listStepQuestions(content, step).filter(mayBeAsked);
  const answered = shown.filter(
    (question) => visibleIds.has(question.id) && readAnswer(answers, question.id) !== undefined,
  ).length;
  const titled = step !== "profile" || projectTitle.trim() !== "";
  return { shown: shown.length, answered, complete: titled && answered === shown.length };
}
