import { describeAnswer } from "@/lib/report/describe-answer";
import type { ReportContext } from "@/lib/report/report-context";
import type { Answer } from "@/lib/schemas/answers";

/** An answer as the report words it ("Ved ikke", "Ikke besvaret", the option's label). */
export function answerText(questionId: string, answer: Answer | null, context: ReportContext): string {
  const question = context.question(questionId);
  if (!question) return context.texts.answerUnknownOption;
  return describeAnswer(question, answer ?? undefined, true, context).text;
}
