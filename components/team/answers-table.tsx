"use client";

import { useTranslations } from "next-intl";
import type { ReportContext } from "@/lib/report/report-context";
import type { QuestionComparison } from "@/lib/team/compare-participants";
import { answerText } from "./answer-text";
import type { Participant } from "./team-view";

/** Each participant's answer and note to one question. */
export function ParticipantAnswers({
  question,
  participants,
  context,
}: {
  question: QuestionComparison;
  participants: readonly Participant[];
  context: ReportContext;
}) {
  const t = useTranslations("team");
  return (
    <table className="table table--compact mb-5">
      <thead>
        <tr>
          <th scope="col">{t("participantColumn")}</th>
          <th scope="col">{t("answerColumn")}</th>
          <th scope="col">{t("noteColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {question.answers.map((answer, index) => (
          <tr key={index}>
            <th scope="row">{participants[index]?.label}</th>
            <td>{answerText(question.questionId, answer, context)}</td>
            <td>{answer?.note?.trim() || t("noNote")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
