import type { Locale } from "../schemas/common";
import type { Question } from "../schemas/question";
import type { Vocabulary } from "../schemas/vocabulary";

export interface TimeEstimateRule {
  wordsPerMinute: number;
  secondsPerAnswer: number;
  meetingFactor: number;
  roundToMinutes: number;
}

export interface TimeEstimate {
  questions: number;
  /** Words shown with the questions: question, help, case example and options. */
  words: number;
  /** One person, rounded up to whole `roundToMinutes`. */
  minutes: number;
  /** A meeting that discusses the answers, rounded up the same way. */
  meetingMinutes: number;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The words a question shows in one language: the question, help text, case example and options. */
export function countQuestionWords(question: Question, vocabulary: Vocabulary, locale: Locale): number {
  const options =
    question.section === "profile"
      ? (vocabulary.find((attribute) => attribute.id === question.attribute)?.values ?? [])
      : question.options;
  const texts = [
    question.text[locale],
    question.help[locale],
    question.caseExample?.text[locale] ?? "",
    ...options.map((option) => option.label[locale]),
  ];
  return texts.reduce((sum, text) => sum + countWords(text), 0);
}

function roundUp(minutes: number, step: number): number {
  return Math.max(step, Math.ceil(minutes / step) * step);
}

/** The time to answer `questions` by the stated rule (content/time-estimate.ts). */
export function estimateTime(
  questions: readonly Question[],
  vocabulary: Vocabulary,
  rule: TimeEstimateRule,
  locale: Locale,
): TimeEstimate {
  const words = questions.reduce(
    (sum, question) => sum + countQuestionWords(question, vocabulary, locale),
    0,
  );
  const exact = words / rule.wordsPerMinute + (questions.length * rule.secondsPerAnswer) / 60;
  return {
    questions: questions.length,
    words,
    minutes: roundUp(exact, rule.roundToMinutes),
    meetingMinutes: roundUp(exact * rule.meetingFactor, rule.roundToMinutes),
  };
}
