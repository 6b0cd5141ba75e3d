"use client";

import type { PresentationModel } from "@/lib/report/report-model";
import { BarChart } from "./bar-chart";
import { RadarChart } from "./radar-chart";
import { ScoreExplanation } from "./score-explanation";
import { ScoreTable } from "./score-table";
import styles from "./results.module.css";

/** The five prerequisite scores: radar and bars, the table behind them, and why each is what it is. */
export function PrerequisiteScores({ model }: { model: PresentationModel }) {
  const { chart, texts, prerequisites } = model;
  return (
    <section id="prerequisites" aria-labelledby="prerequisites-heading" className={styles.section}>
      <h2 id="prerequisites-heading">{texts.chartHeading}</h2>
      <p>{texts.scoresIntro}</p>
      {chart.weakestText ? <p>{chart.weakestText}</p> : null}
      <div className={styles.charts}>
        <figure className={styles.figure}>
          <RadarChart
            rows={chart.rows}
            description={texts.chartRadarDescription}
            className={styles.wideOnly}
          />
          <RadarChart
            rows={chart.rows}
            description={texts.chartRadarDescription}
            className={styles.compactOnly}
            compact
          />
        </figure>
        <figure className={styles.figure}>
          <BarChart rows={chart.rows} description={texts.chartBarDescription} className={styles.wideOnly} />
          <BarChart
            rows={chart.rows}
            description={texts.chartBarDescription}
            className={styles.compactOnly}
            compact
          />
        </figure>
      </div>
      <ScoreTable chart={chart} texts={texts} />
      <h3 className="h4">{texts.answersHeading}</h3>
      {prerequisites.map((prerequisite) => (
        <ScoreExplanation key={prerequisite.id} prerequisite={prerequisite} texts={texts} />
      ))}
    </section>
  );
}
