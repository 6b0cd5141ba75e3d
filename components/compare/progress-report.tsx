"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { useReportContent } from "@/components/portfolio/report-content";
import { TableScroll } from "@/components/ui/table-scroll";
import { assessProject } from "@/lib/engine/assess-project";
import { buildProgressSection, type ProgressSectionModel } from "@/lib/report/build-progress-section";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

/** What changed from the earlier file to the current answers, in the report's words. */
export function ProgressReport({ earlier, current }: { earlier: AnswersDocument; current: AnswersDocument }) {
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const section = useMemo(
    () =>
      buildProgressSection(
        { document: earlier, result: assessProject(earlier, content) },
        { document: current, result: assessProject(current, content) },
        content,
        locale,
      ),
    [earlier, current, content, locale],
  );
  const { scores, blockers, actions, answers } = section;
  return (
    <>
      <h2>{scores.heading}</h2>
      <TableScroll label={scores.heading}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{scores.columns.measure}</th>
              <th scope="col">{scores.columns.earlier}</th>
              <th scope="col">{scores.columns.now}</th>
              <th scope="col">{scores.columns.change}</th>
            </tr>
          </thead>
          <tbody>
            {scores.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.measure}</th>
                <td>{row.earlier}</td>
                <td>{row.now}</td>
                <td>{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{blockers.heading}</h2>
      {[blockers.cleared, blockers.added].map((list) => (
        <TitledList key={list.heading} heading={list.heading} items={list.items} none={section.none} />
      ))}
      <h2>{actions.heading}</h2>
      {actions.items.length > 0 ? (
        <>
          <p>{actions.intro}</p>
          <ul>
            {actions.items.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{section.none}</p>
      )}
      <h2>{answers.heading}</h2>
      {answers.rows.length > 0 ? <AnswersTable answers={answers} /> : null}
    </>
  );
}

function TitledList({ heading, items, none }: { heading: string; items: string[]; none: string }) {
  return (
    <>
      <h3 className="h4">{heading}</h3>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
    </>
  );
}

function AnswersTable({ answers }: { answers: ProgressSectionModel["answers"] }) {
  return (
    <TableScroll label={answers.heading}>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{answers.columns.question}</th>
            <th scope="col">{answers.columns.earlier}</th>
            <th scope="col">{answers.columns.now}</th>
          </tr>
        </thead>
        <tbody>
          {answers.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.question}</th>
              <td>{row.earlier}</td>
              <td>{row.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
