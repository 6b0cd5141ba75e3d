"use client";

import { useLocale, useTranslations } from "next-intl";
import { useResultsContent } from "@/components/assessment/assessment-context";
import type { AssessmentResult } from "@/lib/engine/types";
import type { PresentationModel } from "@/lib/report/report-model";
import type { Locale } from "@/lib/schemas/common";
import styles from "./results.module.css";

interface ReadinessSummaryProps {
  model: PresentationModel;
  overall: AssessmentResult["overall"];
}

/**
 * The overall readiness level (marked provisional while shown questions are unanswered, and
 * "not enough answers yet" instead of a level with too few), what it means, the score, and
 * whether blockers hold it down.
 */
export function ReadinessSummary({ model, overall }: ReadinessSummaryProps) {
  const t = useTranslations("results.readiness");
  const locale = useLocale() as Locale;
  const { readinessLevels } = useResultsContent();
  const { summary, texts } = model;

  return (
    <section id="readiness" aria-labelledby="readiness-heading" className={styles.section}>
      <h2 id="readiness-heading">{t("heading")}</h2>
      <div className={styles.level}>
        <p className={styles.levelLabel}>{summary.levelLabel}</p>
        {summary.levelMeaning ? <p className="mb-0">{summary.levelMeaning}</p> : null}
        <p className="mb-0">
          {texts.summaryOverall}: {summary.overallText}
        </p>
        {summary.levelNote ? <p className="mb-0">{summary.levelNote}</p> : null}
      </div>
      <ol className={styles.scale} aria-label={t("scaleLabel")}>
        {readinessLevels.map((entry, index) => {
          const upper = readinessLevels[index + 1]?.minScore;
          const range = upper === undefined ? `${entry.minScore}–100` : `${entry.minScore}–${upper - 1}`;
          const current = entry.id === overall.level;
          return (
            <li
              key={entry.id}
              className={current ? styles.currentLevel : undefined}
              aria-current={current ? "true" : undefined}
            >
              <strong>{entry.label[locale]}</strong> <span>({range})</span>
              {current ? <span className="sr-only"> – {t("currentLevel")}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
