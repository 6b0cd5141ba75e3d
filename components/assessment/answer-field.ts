import type { Answer } from "@/lib/schemas/answers";
import { specialAnswerIds } from "@/lib/schemas/question-kind";

/** One question's form field: the radio value, the checked boxes, and the optional note. */
export interface AnswerField {
  choice: string;
  choices: string[];
  note: string;
}

export type SpecialAnswerId = (typeof specialAnswerIds)[number];

export function isSpecialAnswer(value: string): value is SpecialAnswerId {
  return (specialAnswerIds as readonly string[]).includes(value);
}

export function toAnswerField(answer: Answer | undefined): AnswerField {
  const note = answer?.note ?? "";
  if (!answer) return { choice: "", choices: [], note };
  switch (answer.type) {
    case "option":
      return { choice: answer.value, choices: [answer.value], note };
    case "options":
      return { choice: "", choices: [...answer.values], note };
    default:
      return { choice: answer.type, choices: [answer.type], note };
  }
}

/**
 * The answer a field holds, or undefined when nothing is chosen. "Don't know" and "not
 * applicable" win over options, which the checkbox group never lets the user combine anyway.
 */
export function toAnswer(field: Partial<AnswerField> | undefined, multiple: boolean): Answer | undefined {
  const noteText = field?.note ?? "";
  const note = noteText.trim() === "" ? {} : { note: noteText };
  const values = multiple ? (field?.choices ?? []).filter(Boolean) : field?.choice ? [field.choice] : [];
  const special = values.find(isSpecialAnswer);
  if (special) return { type: special, ...note };
  if (values.length === 0) return undefined;
  if (!multiple) return { type: "option", value: values[0] ?? "", ...note };
  return { type: "options", values, ...note };
}

/**
 * The checked boxes after the user toggles one: a special answer clears the options and an
 * option clears the special answers, so the two are never combined.
 */
export function toggleChoice(current: readonly string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((entry) => entry !== value);
  if (isSpecialAnswer(value)) return [value];
  return [...current.filter((entry) => !isSpecialAnswer(entry) && entry !== value), value];
}
