import type { Answer } from "../schemas/answers";
import type { LocalizedText } from "../schemas/common";
import { isScored, type QuestionCore } from "../schemas/question";
import type { ReportContext } from "./report-context";

export type AnswerState = "answered" | "dont-know" | "not-applicable" | "unanswered" | "hidden";

export interface DescribedAnswer {
  state: AnswerState;
  text: string;
}

/** The labels of a question's options: its own for a scored question, its attribute's values for a profile question. */
function optionLabels(question: QuestionCore, context: ReportContext): Map<string, LocalizedText> {
  if (isScored(question)) return new Map(question.options.map((option) => [option.id, option.label]));
  const attribute = context.attribute(question.attribute);
  return new Map((attribute?.values ?? []).map((value) => [value.id, value.label]));
}

/**
 * An answer as the report prints it: the chosen option's label (several joined by semicolons),
 * "Ved ikke", "Ikke relevant", "Ikke besvaret", or that the question was not shown. An option id
 * the question does not know is said to be unknown rather than printed raw.
 */
export function describeAnswer(
  question: QuestionCore,
  answer: Answer | undefined,
  shown: boolean,
  context: ReportContext,
): DescribedAnswer {
  const { texts } = context;
  if (!shown) return { state: "hidden", text: texts.answerHidden };
  if (!answer) return { state: "unanswered", text: texts.answerUnanswered };
  if (answer.type === "dont-know") return { state: "dont-know", text: texts.answerDontKnow };
  if (answer.type === "not-applicable") return { state: "not-applicable", text: texts.answerNotApplicable };
  const chosen = answer.type === "option" ? [answer.value] : [...new Set(answer.values)];
  if (chosen.length === 0) return { state: "unanswered", text: texts.answerUnanswered };
  const labels = optionLabels(question, context);
  const text = chosen
    .map((id) => {
      const label = labels.get(id);
      return label ? context.pick(label) : texts.answerUnknownOption;
    })
    .join("; ");
  return { state: "answered", text };
}
