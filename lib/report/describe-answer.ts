import { describeAnswer as describeInWords, type AnswerChoice } from "../format/describe-answer";
import type { Answer } from "../schemas/answers";
import { isScored } from "../schemas/question-kind";
import type { QuestionCore } from "../schemas/question";
import type { ReportContext } from "./report-context";

export type AnswerState = "answered" | "dont-know" | "not-applicable" | "unanswered" | "hidden";

export interface DescribedAnswer {
  state: AnswerState;
  text: string;
}

/** The options of a question: its own for a scored question, its attribute's values for a profile question. */
function listChoices(question: QuestionCore, context: ReportContext): readonly AnswerChoice[] {
  if (isScored(question)) return question.options;
  return context.attribute(question.attribute)?.values ?? [];
}

/**
 * An answer as the report prints it (lib/format/describe-answer, the review step's wording too), or
 * that the question was not shown.
 */
export function describeAnswer(
  question: QuestionCore,
  answer: Answer | undefined,
  shown: boolean,
  context: ReportContext,
): DescribedAnswer {
  const { texts } = context;
  if (!shown) return { state: "hidden", text: texts.answerHidden };
  return describeInWords(answer, listChoices(question, context), context.locale, {
    dontKnow: texts.answerDontKnow,
    notApplicable: texts.answerNotApplicable,
    unanswered: texts.answerUnanswered,
    unknownOption: texts.answerUnknownOption,
  });
}
