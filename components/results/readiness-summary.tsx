"use client";

import type { PresentationModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

/**
 * The overall readiness level (marked provisional while shown questions are unanswered, and
 * "not enough answers yet" instead of a level with too few), what it means, the score, and
 * whether blockers hold it down.
 */
export function ReadinessSummary({ model }: { model: PresentationModel }) {
  const { summary, texts } = model;
  return (
    <section id="readiness" aria-labelledby="readiness-heading" className={styles.section}>
      <h2 id="readiness-heading">{texts.levelHeading}</h2>
      <div className={styles.level}>
        <p className={styles.levelLabel}>{summary.levelLabel}</p>
        {summary.levelMeaning ? <p className="mb-0">{summary.levelMeaning}</p> : null}
        <p className="mb-0">
          {texts.summaryOverall}: {summary.overallText}
        </p>
        {summary.levelNote ? <p className="mb-0">{summary.levelNote}</p> : null}
      </div>
      <ol className={styles.scale} aria-label={texts.levelScaleLabel}>
        {summary.levels.map((entry) => (
          <li
            key={entry.id}
            className={entry.current ? styles.currentLevel : undefined}
            aria-current={entry.current ? "true" : undefined}
          >
            <strong>{entry.label}</strong> <span>{entry.range}</span>
            {entry.current ? <span className="sr-only"> – {texts.levelCurrent}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
