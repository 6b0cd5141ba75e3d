"use client";

import { useTranslations } from "next-intl";
import type { ReportContext } from "@/lib/report/report-context";
import type { QuestionComparison } from "@/lib/team/compare-participants";
import { answerText } from "./answer-text";
import type { Participant } from "./team-view";

/** Every question with every participant's answer, folded away under a summary. */
export function AllQuestions({
  questions,
  participants,
  context,
}: {
  questions: readonly QuestionComparison[];
  participants: readonly Participant[];
  context: ReportContext;
}) {
  const t = useTranslations("team");
  const answered = questions.filter((question) => question.answers.some((answer) => answer !== null));
  return (
    <>
      <h2>{t("allHeading")}</h2>
      <details className="details">
        <summary className="details-summary">{t("allSummary")}</summary>
        <div
          className="details-text table--responsive-scroll"
          tabIndex={0}
          role="region"
          aria-label={t("allHeading")}
        >
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("questionColumn")}</th>
                {participants.map((participant) => (
                  <th scope="col" key={participant.fileName + participant.label}>
                    {participant.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answered.map((question) => (
                <tr key={question.questionId}>
                  <th scope="row">
                    {context.questionText(question.questionId)}
                    {question.disagrees ? " ≠" : null}
                  </th>
                  {question.answers.map((answer, index) => (
                    <td key={index}>
                      {answerText(question.questionId, answer, context)}
                      {answer?.note?.trim() ? <span className="form-hint">{answer.note.trim()}</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
