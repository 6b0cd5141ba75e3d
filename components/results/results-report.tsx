"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { TabConflictAlert } from "@/components/assessment/tab-conflict-alert";
import { BusinessCaseSummary } from "@/components/business-case/business-case-summary";
import { localePath } from "@/components/layout/locale-path";
import type { AssessmentResult } from "@/lib/engine/types";
import type { buildPresentation } from "@/lib/report/build-report-model";
import type { ReportTextKey } from "@/lib/report/report-texts";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { AdviceChecks } from "./advice-checks";
import { BlockerList } from "./blocker-list";
import { CaseMatches } from "./case-matches";
import { ImprovementPlan } from "./improvement-plan";
import { LegalTriage } from "./legal-triage";
import { PrerequisiteScores } from "./prerequisite-scores";
import { ReadinessSummary } from "./readiness-summary";
import { ContinueFull } from "@/components/quick-check/continue-full";
import { ResultsActions } from "./results-actions";
import { ResultsBrief } from "./results-brief";
import { ResultsHeader, ResultsProject } from "./results-header";
import { useOpenDetailsForPrint } from "./use-open-details-for-print";
import styles from "./results.module.css";
import "./results-print.css";

/** The page's sections, each under the heading the presentation model gives it (the report's). */
const sectionHeadings = {
  readiness: "levelHeading",
  blockers: "blockersHeading",
  prerequisites: "chartHeading",
  advice: "adviceHeading",
  legal: "legalHeading",
  plan: "planHeading",
  cases: "casesHeading",
} as const satisfies Record<string, ReportTextKey>;

type BuildPresentation = typeof buildPresentation;

/**
 * The presentation builder and its texts are some 20 kB of script that only the report needs: they
 * load beside the content file rather than with the page's first scripts. The request starts when
 * this module runs, with the page's first scripts, so the builder arrives while React hydrates the
 * page instead of being asked for only after it has.
 */
const presentationBuilder: Promise<BuildPresentation> | null =
  typeof window === "undefined"
    ? null
    : import("@/lib/report/build-report-model").then((module) => module.buildPresentation);

function usePresentationBuilder(): BuildPresentation | null {
  const [builder, setBuilder] = useState<BuildPresentation | null>(null);
  useEffect(() => {
    let live = true;
    void presentationBuilder?.then((build) => {
      // A transition: React draws the report in slices that give way to the reader's input.
      if (live) startTransition(() => setBuilder(() => build));
    });
    return () => {
      live = false;
    };
  }, []);
  return builder;
}

interface ResultsReportProps {
  document: AnswersDocument;
  /** The engine's result; until it is there, the heading and a note that it is being computed. */
  result: AssessmentResult | null;
  /**
   * A shared link's answers, not stored in this browser: the report offers only reading, printing
   * and the downloads, no way into the questionnaire or to the stored answers' tools.
   */
  readOnly?: boolean;
}

/**
 * The readiness report. Its heading (the project's title) needs only the answers, so it is drawn at
 * once; the rest once the engine's result is there and the presentation builder has loaded.
 */
export function ResultsReport({ document, result, readOnly = false }: ResultsReportProps) {
  const t = useTranslations("results");
  const builder = usePresentationBuilder();
  return (
    <div className={styles.report} data-results-page="">
      <ResultsHeader document={document} />
      {builder && result ? (
        <LoadedResultsReport
          document={document}
          result={result}
          readOnly={readOnly}
          buildPresentation={builder}
        />
      ) : (
        <AssessmentLoading text={t("loading")} />
      )}
    </div>
  );
}

/**
 * The readiness report after its heading. The answer comes first (level, what must be in place
 * first, the first actions, the legal indication, the closest case), then what to do with the
 * report, then every section. The texts come from the presentation model, the same one the PDF
 * and the CLI lay out.
 */
function LoadedResultsReport({
  document,
  result,
  readOnly,
  buildPresentation,
}: Required<ResultsReportProps> & { result: AssessmentResult; buildPresentation: BuildPresentation }) {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const content = useResultsContent();
  const model = useMemo(
    () => buildPresentation(document, result, content, locale),
    [buildPresentation, document, result, content, locale],
  );
  const caseHref = useCallback((id: string) => localePath(locale, `/cases/${id}`), [locale]);
  const [planOpen, setPlanOpen] = useState(false);
  // The first screen (the answer, the report's buttons, the contents) is drawn at once; React
  // draws the sections after it in a second render it may interrupt, so a phone shows the answer
  // sooner and stays responsive while the rest of the report is laid out.
  const [restNow, setRestNow] = useState(false);
  const wholeReport = useDeferredValue(true, false) || restNow;
  // "Vis hele planen" and printing: the whole report on the page at once, the whole plan open.
  const showPlan = () =>
    flushSync(() => {
      setRestNow(true);
      setPlanOpen(true);
    });
  useOpenDetailsForPrint(showPlan);
  return (
    <>
      <ContinueFull overall={result.overall} offerContinue={!readOnly} />
      {readOnly ? null : <TabConflictAlert />}
      <ResultsBrief model={model} caseHref={caseHref} onShowPlan={showPlan} />
      <ResultsActions document={document} readOnly={readOnly} />
      <ResultsProject document={document} model={model} />
      <nav aria-labelledby="results-toc-heading" className={styles.toc}>
        <h2 className="h5" id="results-toc-heading">
          {t("toc.heading")}
        </h2>
        <ul>
          {Object.entries(sectionHeadings).map(([id, heading]) => (
            <li key={id}>
              <a href={`#${id}`}>{model.texts[heading]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {wholeReport ? (
        <>
          <ReadinessSummary model={model} />
          <BlockerList model={model} caseHref={caseHref} />
          <PrerequisiteScores model={model} />
          <AdviceChecks model={model} />
          <LegalTriage model={model} />
          <ImprovementPlan model={model} caseHref={caseHref} open={planOpen} onToggle={setPlanOpen} />
          <CaseMatches model={model} caseHref={caseHref} />
          <BusinessCaseSummary section={model.businessCase} readOnly={readOnly} />
          <p className={styles.versions}>{model.method.versions}</p>
        </>
      ) : null}
    </>
  );
}
