"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useShownAssessment } from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { downloadTextFile } from "@/components/assessment/download-file";
import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icon";
import { buildPortfolioRow, type PortfolioRow } from "@/lib/portfolio/build-portfolio-row";
import { buildPortfolioCsv } from "@/lib/portfolio/portfolio-csv";
import { filterPortfolio, sortPortfolio, type PortfolioSortKey } from "@/lib/portfolio/sort-portfolio";
import type { Locale } from "@/lib/schemas/common";
import { AnswerFilesField, FileProblem, type LoadedAnswersFile } from "./answer-files-field";
import { PortfolioFilters, type FilterState } from "./portfolio-filters";
import { PortfolioTable } from "./portfolio-table";
import { useReportContent } from "./report-content";

/** The portfolio: many projects' files in one table, sorted, filtered, exported. */
export function PortfolioView() {
  const t = useTranslations("portfolio");
  const snapshot = useShownAssessment();
  if (snapshot.status === "loading") return <AssessmentLoading text={t("files.label")} />;
  return <LoadedPortfolio />;
}

function LoadedPortfolio() {
  const t = useTranslations("portfolio");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const [rows, setRows] = useState<PortfolioRow[]>([]);
  const [failed, setFailed] = useState<LoadedAnswersFile[]>([]);
  const [sort, setSort] = useState<{ key: PortfolioSortKey; direction: "ascending" | "descending" }>({
    key: "project",
    direction: "ascending",
  });
  const [filter, setFilter] = useState<FilterState>({ text: "", level: null, withBlockers: false });

  const addFiles = (files: LoadedAnswersFile[]) => {
    const now = new Date();
    const added: PortfolioRow[] = [];
    const broken: LoadedAnswersFile[] = [];
    for (const file of files) {
      if (file.result.ok)
        added.push(buildPortfolioRow(file.name, file.result.document, content, locale, now));
      else broken.push(file);
    }
    setRows((current) => [...current, ...added]);
    setFailed((current) => [...current, ...broken]);
  };

  const shown = useMemo(
    () => sortPortfolio(filterPortfolio(rows, filter), sort.key, sort.direction, locale),
    [rows, filter, sort, locale],
  );

  const exportCsv = () => {
    const first = rows[0];
    const csv = buildPortfolioCsv(shown, {
      project: t("columns.project"),
      organisation: t("columns.organisation"),
      level: t("columns.level"),
      overall: t("columns.overall"),
      scores: first ? first.scores.map((score) => score.title) : [],
      blockers: t("columns.blockers"),
      aiActClass: t("columns.aiActClass"),
      dpia: t("columns.dpia"),
      fria: t("columns.fria"),
      closestCase: t("columns.closestCase"),
      firstAction: t("columns.firstAction"),
    });
    downloadTextFile(`${t("csvFileName")}.csv`, csv, "text/csv;charset=utf-8");
  };

  return (
    <>
      <AnswerFilesField label={t("files.label")} hint={t("files.hint")} multiple onLoaded={addFiles} />
      {rows.length > 0 || failed.length > 0 ? (
        <p role="status" className="no-print">
          {t("loaded", { count: rows.length })}
        </p>
      ) : null}
      {failed.length > 0 ? (
        <Alert variant="error" heading={t("failedHeading", { count: failed.length })} announce={false}>
          <ul className="alert-text">
            {failed.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                <FileProblem file={file} />
              </li>
            ))}
          </ul>
          {rows.length > 0 ? <p className="alert-text">{t("failedNote")}</p> : null}
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <>
          <PortfolioFilters filter={filter} onChange={setFilter} />
          <p aria-live="polite">{t("shown", { shown: shown.length, total: rows.length })}</p>
          <div className="no-print mb-5">
            <button type="button" className="button button-secondary mr-4" onClick={exportCsv}>
              <Icon name="download" className="mr-3" />
              {t("csv")}
            </button>
            <button type="button" className="button button-secondary mr-4" onClick={() => window.print()}>
              <Icon name="print" className="mr-3" />
              {t("print")}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setRows([]);
                setFailed([]);
              }}
            >
              {t("clear")}
            </button>
          </div>
          {shown.length > 0 ? (
            <PortfolioTable rows={shown} sort={sort} onSort={setSort} />
          ) : (
            <p>{t("empty")}</p>
          )}
        </>
      ) : null}
    </>
  );
}
