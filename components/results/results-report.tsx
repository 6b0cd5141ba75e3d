"use client";

import { useTranslations } from "next-intl";
import { startTransition, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { hasShownAssessmentOnThisPage } from "@/components/assessment/assessment-context";
import { TabConflictAlert } from "@/components/assessment/tab-conflict-alert";
import { BusinessCaseSummary } from "@/components/business-case/business-case-summary";
import type { AssessmentResult } from "@/lib/engine/types";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { AdviceChecks } from "./advice-checks";
import { BlockerList } from "./blocker-list";
import { CaseMatches } from "./case-matches";
import { ImprovementPlan } from "./improvement-plan";
import { LegalTriage } from "./legal-triage";
import { PrerequisiteScores } from "./prerequisite-scores";
import { ReadinessSummary } from "./readiness-summary";
import { ContinueFull } from "@/components/quick-check/continue-full";
import { ResultsActions } from "./results-actions";
import { ResultsHeader } from "./results-header";
import { useOpenDetailsForPrint } from "./use-open-details-for-print";
import styles from "./results.module.css";
import "./results-print.css";

const sectionIds = ["readiness", "blockers", "prerequisites", "advice", "legal", "plan", "cases"] as const;

/**
 * How many of the report's later sections to show. The first view after a page load adds them
 * one at a time, each in a task of its own after the first screen has been drawn: building and
 * laying out the whole report at once blocks a phone's main thread for about half a second, a
 * section at a time in pieces short enough to answer a tap in between. `showAll` adds the rest
 * at once, for printing and for the table of contents' links. Later views show all at once.
 */
function useSectionByStep(count: number): { shown: number; showAll: () => void } {
  const [shown, setShown] = useState(() => (hasShownAssessmentOnThisPage() ? count : 0));
  useEffect(() => {
    if (shown >= count) return;
    const timer = setTimeout(() => startTransition(() => setShown((value) => value + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  const showAll = () => {
    if (shown < count) flushSync(() => setShown(count));
  };
  return { shown, showAll };
}

/** The whole readiness report, section by section, blockers first after the overall level. */
export function ResultsReport({ document, result }: { document: AnswersDocument; result: AssessmentResult }) {
  const t = useTranslations("results");
  const later = [
    <PrerequisiteScores
      key="prerequisites"
      prerequisites={result.prerequisites}
      weakest={result.weakestPrerequisite}
    />,
    <AdviceChecks key="advice" advice={result.advice} />,
    <LegalTriage key="legal" legal={result.legal} />,
    <ImprovementPlan key="plan" plan={result.plan} blockers={result.blockers} />,
    <CaseMatches key="cases" matches={result.matches} weakest={result.weakestPrerequisite} />,
    <BusinessCaseSummary key="business-case" document={document} />,
  ];
  const { shown, showAll } = useSectionByStep(later.length);
  const complete = shown >= later.length;
  useOpenDetailsForPrint(showAll);
  return (
    // Until the last section is in, the report holds a screen's height: the footer stays put.
    <div className={complete ? styles.report : `${styles.report} ${styles.filling}`} data-results-page="">
      <ResultsHeader document={document} />
      <ContinueFull overall={result.overall} />
      <TabConflictAlert />
      <ResultsActions document={document} />
      <nav aria-labelledby="results-toc-heading" className={styles.toc}>
        <h2 className="h5" id="results-toc-heading">
          {t("toc.heading")}
        </h2>
        <ul>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#${id}`} onClick={showAll}>
                {t(`toc.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ReadinessSummary overall={result.overall} blockers={result.blockers} />
      <BlockerList blockers={result.blockers} />
      {later.slice(0, shown)}
      {complete ? (
        <p className={styles.versions}>
          {t("versions", { model: result.modelVersion, content: result.contentVersion })}
        </p>
      ) : null}
    </div>
  );
}
