"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useReportContent } from "@/components/portfolio/report-content";
import { answerText } from "@/components/team/answer-text";
import { TableScroll } from "@/components/ui/table-scroll";
import { diffProgress } from "@/lib/compare/diff-results";
import { assessProject } from "@/lib/engine/assess-project";
import { buildReportModel } from "@/lib/report/build-report-model";
import { createReportContext } from "@/lib/report/report-context";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

/** What changed from the earlier file to the current answers, in the report's words. */
export function ProgressReport({ earlier, current }: { earlier: AnswersDocument; current: AnswersDocument }) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const view = useMemo(() => {
    const before = assessProject(earlier, content);
    const now = assessProject(current, content);
    const diff = diffProgress(
      { document: earlier, result: before },
      { document: current, result: now },
      content.questions.map((question) => question.id),
    );
    const beforeModel = buildReportModel(earlier, before, content, locale);
    const nowModel = buildReportModel(current, now, content, locale);
    const context = createReportContext(current, now, content, locale, "");
    const blockerTitle = (id: string) => {
      const index = before.blockers.findIndex((blocker) => blocker.id === id);
      const nowIndex = now.blockers.findIndex((blocker) => blocker.id === id);
      return (beforeModel.summary.blockers[index] ?? nowModel.summary.blockers[nowIndex])?.title ?? id;
    };
    const actionsDone = diff.actionsDone.flatMap((questionId) => {
      const index = before.plan.findIndex((action) => action.questionId === questionId);
      const item = beforeModel.plan[index];
      return item ? [item.title] : [];
    });
    return { diff, beforeModel, nowModel, context, blockerTitle, actionsDone };
  }, [earlier, current, content, locale]);
  const { diff, beforeModel, nowModel, context, blockerTitle, actionsDone } = view;
  const change = (from: number | null, to: number | null) =>
    from === null || to === null || from === to
      ? t("unchanged")
      : `${to > from ? "+" : "−"}${context.number(Math.abs(to - from))}`;

  return (
    <>
      <h2>{t("summaryHeading")}</h2>
      <TableScroll label={t("summaryHeading")}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("column.measure")}</th>
              <th scope="col">{t("column.earlier")}</th>
              <th scope="col">{t("column.now")}</th>
              <th scope="col">{t("column.change")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("level")}</th>
              <td>{beforeModel.summary.levelLabel}</td>
              <td>{nowModel.summary.levelLabel}</td>
              <td>{diff.level.from === diff.level.to ? t("unchanged") : nowModel.summary.levelLabel}</td>
            </tr>
            <tr>
              <th scope="row">{t("overall")}</th>
              <td>{beforeModel.summary.overallText}</td>
              <td>{nowModel.summary.overallText}</td>
              <td>{change(diff.overall.from, diff.overall.to)}</td>
            </tr>
            {nowModel.chart.rows.map((row, index) => {
              const before = beforeModel.chart.rows[index];
              return (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  <td>{before?.scoreText}</td>
                  <td>{row.scoreText}</td>
                  <td>{change(before?.score ?? null, row.score)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t("blockersHeading")}</h2>
      <h3 className="h4">{t("cleared")}</h3>
      {diff.blockersCleared.length > 0 ? (
        <ul>
          {diff.blockersCleared.map((id) => (
            <li key={id}>{blockerTitle(id)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <h3 className="h4">{t("new")}</h3>
      {diff.blockersNew.length > 0 ? (
        <ul>
          {diff.blockersNew.map((id) => (
            <li key={id}>{blockerTitle(id)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <h2>{t("actionsHeading")}</h2>
      {actionsDone.length > 0 ? (
        <>
          <p>{t("actionsIntro")}</p>
          <ul>
            {actionsDone.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
      <h2>{t("answersHeading", { count: diff.changedAnswers.length })}</h2>
      {diff.changedAnswers.length > 0 ? (
        <TableScroll label={t("answersHeading", { count: diff.changedAnswers.length })}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("question")}</th>
                <th scope="col">{t("column.earlier")}</th>
                <th scope="col">{t("column.now")}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changedAnswers.map((entry) => (
                <tr key={entry.questionId}>
                  <th scope="row">{context.questionText(entry.questionId)}</th>
                  <td>{answerText(entry.questionId, entry.from, context)}</td>
                  <td>{answerText(entry.questionId, entry.to, context)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
