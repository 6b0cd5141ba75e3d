import type { Answer } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { QuestionChoices } from "./question-options";

export interface SpecialAnswerLabels {
  dontKnow: string;
  notApplicable: string;
  unanswered: string;
}

/** An answer as words: the chosen options' labels, or the special answer's label. */
export function describeAnswer(
  answer: Answer | undefined,
  choices: QuestionChoices,
  locale: Locale,
  labels: SpecialAnswerLabels,
): string {
  if (!answer) return labels.unanswered;
  const label = (id: string) => choices.options.find((option) => option.id === id)?.label[locale] ?? id;
  switch (answer.type) {
    case "option":
      return label(answer.value);
    case "options":
      return answer.values.map(label).join(", ");
    case "dont-know":
      return labels.dontKnow;
    case "not-applicable":
      return labels.notApplicable;
  }
}
