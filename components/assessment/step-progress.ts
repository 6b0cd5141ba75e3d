import type { Answers } from "@/lib/schemas/answers";
import type { SectionId } from "@/lib/schemas/common";
import type { AskedQuestion, QuestionnaireContent } from "@/lib/content/questionnaire-content";
import { readAnswer } from "@/lib/engine/conditions";

export interface StepProgress {
  /** Questions shown for the current answers. */
  shown: number;
  /** Of those, how many have an answer (don't know and not applicable count as answers). */
  answered: number;
  /** Every shown question is answered (and, on the profile step, the project has a title). */
  complete: boolean;
}

export function listSectionQuestions(
  content: Pick<QuestionnaireContent, "questions">,
  section: SectionId,
): AskedQuestion[] {
  return content.questions.filter((question) => question.section === section);
}

export function measureStepProgress(
  content: Pick<QuestionnaireContent, "questions">,
  section: SectionId,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
  projectTitle: string,
): StepProgress {
  const shown = listSectionQuestions(content, section).filter((question) => visibleIds.has(question.id));
  const answered = shown.filter((question) => readAnswer(answers, question.id) !== undefined).length;
  const titled = section !== "profile" || projectTitle.trim() !== "";
  return { shown: shown.length, answered, complete: titled && answered === shown.length };
}
