"use client";

import { useTranslations } from "next-intl";
import type { ReportContext } from "@/lib/report/report-context";
import type { Settlement } from "@/lib/team/build-consensus";
import { answerKey, type QuestionComparison } from "@/lib/team/compare-participants";
import { answerText } from "./answer-text";
import { ParticipantAnswers } from "./answers-table";
import type { Participant } from "./team-view";

/** Every question the group disagrees on, with everyone's answer and a choice of the joint one. */
export function DisagreementList({
  questions,
  participants,
  context,
  settlements,
  onSettle,
}: {
  questions: readonly QuestionComparison[];
  participants: readonly Participant[];
  context: ReportContext;
  settlements: Readonly<Record<string, Settlement>>;
  onSettle: (questionId: string, settlement: Settlement) => void;
}) {
  const t = useTranslations("team");
  const disagreements = questions.filter((question) => question.disagrees);
  return (
    <>
      <h2>{t("disagreementsHeading", { count: disagreements.length })}</h2>
      {disagreements.length > 0 ? <p>{t("disagreementsIntro")}</p> : null}
      {disagreements.map((question) => {
        const options = new Map<string, { text: string; names: string[] }>();
        question.answers.forEach((answer, index) => {
          const key = answerKey(answer);
          if (key === null || key === "dont-know") return;
          const entry = options.get(key) ?? {
            text: answerText(question.questionId, answer, context),
            names: [],
          };
          entry.names.push(participants[index]?.label ?? "");
          options.set(key, entry);
        });
        const chosen = settlements[question.questionId];
        const name = `settle-${question.questionId}`;
        return (
          <section key={question.questionId} id={`disagreement-${question.questionId}`} className="mb-7">
            <h3>{context.questionText(question.questionId)}</h3>
            <p className="form-hint">
              {context.sectionTitle(question.section)}
              {question.section === "profile" ? ` · ${t("profileQuestion")}` : null}
              {question.blockerQuestion ? ` · ${t("blockerQuestion")}` : null}
            </p>
            <ParticipantAnswers question={question} participants={participants} context={context} />
            <fieldset>
              <legend className="form-label">{t("chooseLegend")}</legend>
              {[...options.entries()].map(([key, option]) => (
                <div className="form-group-radio" key={key}>
                  <input
                    className="form-radio"
                    type="radio"
                    id={`${name}-${key}`}
                    name={name}
                    checked={chosen?.kind === "answer" && chosen.key === key}
                    onChange={() => onSettle(question.questionId, { kind: "answer", key })}
                  />
                  <label className="form-label" htmlFor={`${name}-${key}`}>
                    {option.text}
                    <span className="form-hint">{t("whoAnswered", { names: option.names.join(", ") })}</span>
                  </label>
                </div>
              ))}
              <div className="form-group-radio">
                <input
                  className="form-radio"
                  type="radio"
                  id={`${name}-dont-know`}
                  name={name}
                  checked={chosen?.kind === "dont-know"}
                  onChange={() => onSettle(question.questionId, { kind: "dont-know" })}
                />
                <label className="form-label" htmlFor={`${name}-dont-know`}>
                  {t("dontKnow")}
                </label>
              </div>
            </fieldset>
          </section>
        );
      })}
    </>
  );
}
