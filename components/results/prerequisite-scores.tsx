"use client";

import { useTranslations } from "next-intl";
import type { PrerequisiteResult } from "@/lib/engine/types";
import type { PrerequisiteId } from "@/lib/schemas/common";
import { BarChart } from "./bar-chart";
import { formatScore } from "./format-score";
import { RadarChart } from "./radar-chart";
import { ScoreExplanation } from "./score-explanation";
import { ScoreTable } from "./score-table";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

interface PrerequisiteScoresProps {
  prerequisites: PrerequisiteResult[];
  weakest: PrerequisiteId | null;
}

/** The five prerequisite scores: radar and bars, the table behind them, and why each is what it is. */
export function PrerequisiteScores({ prerequisites, weakest }: PrerequisiteScoresProps) {
  const t = useTranslations("results.scores");
  const text = useResultText();
  const scores = prerequisites.map(({ id, score }) => ({ id, score }));
  const labels = Object.fromEntries(prerequisites.map(({ id }) => [id, text.sectionTitle(id)]));
  const chartProps = {
    scores,
    labels,
    missingLabel: t("notEnough"),
    formatValue: (score: number) => formatScore(score, text.locale) ?? "",
  };
  return (
    <section id="prerequisites" aria-labelledby="prerequisites-heading" className={styles.section}>
      <h2 id="prerequisites-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {weakest ? <p>{t("weakest", { title: text.sectionTitle(weakest) })}</p> : null}
      <div className={styles.charts}>
        <figure className={styles.figure}>
          <RadarChart {...chartProps} description={t("radarDescription")} className={styles.wideOnly} />
          <RadarChart
            {...chartProps}
            description={t("radarDescription")}
            className={styles.compactOnly}
            compact
          />
        </figure>
        <figure className={styles.figure}>
          <BarChart {...chartProps} description={t("barDescription")} className={styles.wideOnly} />
          <BarChart
            {...chartProps}
            description={t("barDescription")}
            className={styles.compactOnly}
            compact
          />
        </figure>
      </div>
      <ScoreTable prerequisites={prerequisites} />
      <h3 className="h4">{t("whyHeading")}</h3>
      {prerequisites.map((prerequisite) => (
        <ScoreExplanation key={prerequisite.id} prerequisite={prerequisite} />
      ))}
    </section>
  );
}
