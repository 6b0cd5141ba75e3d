"use client";

import { useLocale, useTranslations } from "next-intl";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { Alert } from "@/components/ui/alert";
import { describeLevel } from "@/content/result-labels";
import type { AssessmentResult } from "@/lib/engine/types";
import type { Locale } from "@/lib/schemas/common";
import { formatScore } from "./format-score";
import styles from "./results.module.css";

interface ReadinessSummaryProps {
  overall: AssessmentResult["overall"];
  blockers: AssessmentResult["blockers"];
}

/**
 * The overall readiness level (marked provisional while shown questions are unanswered, and
 * "not enough answers yet" instead of a level with too few), what it means, the score, and
 * whether blockers hold it down.
 */
export function ReadinessSummary({ overall, blockers }: ReadinessSummaryProps) {
  const t = useTranslations("results.readiness");
  const locale = useLocale() as Locale;
  const { readinessLevels } = useResultsContent();
  const level = readinessLevels.find((entry) => entry.id === overall.level);
  const band = readinessLevels.find((entry) => entry.id === overall.bandLevel);
  const score = formatScore(overall.score, locale);
  const capping = blockers.filter((blocker) => overall.cappedBy.includes(blocker.id));

  return (
    <section id="readiness" aria-labelledby="readiness-heading" className={styles.section}>
      <h2 id="readiness-heading">{t("heading")}</h2>
      <div className={styles.level}>
        <p className={styles.levelLabel}>{describeLevel(overall, readinessLevels, locale)}</p>
        {level ? <p className="mb-0">{level.meaning[locale]}</p> : null}
        <p className="mb-0">{score === null ? t("noScore") : t("score", { score })}</p>
        {overall.provisional ? (
          <p className="mb-0">{t("provisional", { count: overall.unansweredQuestionIds.length })}</p>
        ) : null}
      </div>
      {capping.length > 0 && band ? (
        <Alert
          variant="warning"
          heading={t("cappedHeading", { count: capping.length })}
          headingLevel={3}
          announce={false}
        >
          {t("capped", { band: band.label[locale] })}
        </Alert>
      ) : null}
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
