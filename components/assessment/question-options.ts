import type { LocalizedText } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";

export interface ChoiceOption {
  id: string;
  label: LocalizedText;
}

export interface QuestionChoices {
  /** Checkboxes (several values) rather than radio buttons (one value). */
  multiple: boolean;
  options: ChoiceOption[];
}

/**
 * The options a question offers: a profile question's are its vocabulary attribute's values
 * (several allowed when the attribute is multi-valued); a scored question's are its own.
 */
export function listQuestionChoices(
  question: AskedQuestion,
  vocabulary: Content["vocabulary"],
): QuestionChoices {
  if (question.section !== "profile") {
    return { multiple: false, options: question.options.map(({ id, label }) => ({ id, label })) };
  }
  const attribute = vocabulary.find((entry) => entry.id === question.attribute);
  if (!attribute) return { multiple: false, options: [] };
  return {
    multiple: attribute.cardinality === "multi",
    options: attribute.values.map(({ id, label }) => ({ id, label })),
  };
}
