import type { Answer } from "../schemas/answers";
import type { Locale, LocalizedText } from "../schemas/common";

export type AnswerState = "answered" | "dont-know" | "not-applicable" | "unanswered";

export interface DescribedAnswer {
  state: AnswerState;
  text: string;
}

/** The words for an answer that is not an option, in the output's language. */
export interface AnswerLabels {
  dontKnow: string;
  notApplicable: string;
  unanswered: string;
  /** For an option id the question does not offer (a file from another version of the questions). */
  unknownOption: string;
}

/** An option a question offers: a scored question's own, or a profile question's attribute value. */
export interface AnswerChoice {
  id: string;
  label: LocalizedText;
}

/**
 * An answer in words, as the review step, the results page and the reports all write it: the chosen
 * options' labels (several joined by semicolons, as a label may hold a comma), "Ved ikke", "Ikke
 * relevant" or "Ikke besvaret". An option id the question does not offer is said to be unknown
 * rather than printed raw. Pure and small, so the questionnaire can use it without the reports'
 * texts.
 */
export function describeAnswer(
  answer: Answer | undefined,
  choices: readonly AnswerChoice[],
  locale: Locale,
  labels: AnswerLabels,
): DescribedAnswer {
  if (!answer) return { state: "unanswered", text: labels.unanswered };
  if (answer.type === "dont-know") return { state: "dont-know", text: labels.dontKnow };
  if (answer.type === "not-applicable") return { state: "not-applicable", text: labels.notApplicable };
  const chosen = answer.type === "option" ? [answer.value] : [...new Set(answer.values)];
  if (chosen.length === 0) return { state: "unanswered", text: labels.unanswered };
  const text = chosen
    .map((id) => choices.find((choice) => choice.id === id)?.label[locale] ?? labels.unknownOption)
    .join("; ");
  return { state: "answered", text };
}
