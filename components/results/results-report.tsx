"use client";

import { useTranslations } from "next-intl";
import { TabConflictAlert } from "@/components/assessment/tab-conflict-alert";
import type { AssessmentResult } from "@/lib/engine/types";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { AdviceChecks } from "./advice-checks";
import { BlockerList } from "./blocker-list";
import { CaseMatches } from "./case-matches";
import { ImprovementPlan } from "./improvement-plan";
import { LegalTriage } from "./legal-triage";
import { PrerequisiteScores } from "./prerequisite-scores";
import { ReadinessSummary } from "./readiness-summary";
import { ResultsActions } from "./results-actions";
import { ResultsHeader } from "./results-header";
import { useOpenDetailsForPrint } from "./use-open-details-for-print";
import styles from "./results.module.css";
import "./results-print.css";

const sectionIds = ["readiness", "blockers", "prerequisites", "advice", "legal", "plan", "cases"] as const;

/** The whole readiness report, section by section, blockers first after the overall level. */
export function ResultsReport({ document, result }: { document: AnswersDocument; result: AssessmentResult }) {
  const t = useTranslations("results");
  useOpenDetailsForPrint();
  return (
    <div className={styles.report} data-results-page="">
      <ResultsHeader document={document} />
      <TabConflictAlert />
      <ResultsActions document={document} />
      <nav aria-labelledby="results-toc-heading" className={styles.toc}>
        <h2 className="h5" id="results-toc-heading">
          {t("toc.heading")}
        </h2>
        <ul>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`toc.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ReadinessSummary overall={result.overall} blockers={result.blockers} />
      <BlockerList blockers={result.blockers} />
      <PrerequisiteScores prerequisites={result.prerequisites} weakest={result.weakestPrerequisite} />
      <AdviceChecks advice={result.advice} />
      <LegalTriage legal={result.legal} />
      <ImprovementPlan plan={result.plan} blockers={result.blockers} />
      <CaseMatches matches={result.matches} weakest={result.weakestPrerequisite} />
      <p className={styles.versions}>
        {t("versions", { model: result.modelVersion, content: result.contentVersion })}
      </p>
    </div>
  );
}
