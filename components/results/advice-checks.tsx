"use client";

import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { AdviceModel, PresentationModel } from "@/lib/report/report-model";
import { ContributionTable } from "./contribution-table";
import styles from "./results.module.css";

const badgeVariants: Record<AdviceModel["outcome"], BadgeVariant> = {
  pass: "success",
  warn: "warning",
  fail: "error",
  "not-enough-answers": "neutral",
};

/** The catalogue's three pieces of advice: does the project follow them, and why (not). */
export function AdviceChecks({ model }: { model: PresentationModel }) {
  const { texts, summary } = model;
  return (
    <section id="advice" aria-labelledby="advice-heading" className={styles.section}>
      <h2 id="advice-heading">{texts.adviceHeading}</h2>
      <p>{texts.adviceLead}</p>
      <ul className="nobullet-list">
        {summary.advice.map((check) => (
          <li key={check.id} className={styles.adviceItem}>
            <h3 className="h4 mt-0">
              {check.title} <Badge variant={badgeVariants[check.outcome]}>{check.outcomeLabel}</Badge>
            </h3>
            {check.reasons.length > 0 ? (
              <ul>
                {check.reasons.map((reason, index) => (
                  <li key={`${index}-${reason}`}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {check.answers.length > 0 ? (
              <details className="details">
                <summary className="details-summary">
                  <span className="details-summary-text">{check.whyText}</span>
                </summary>
                <div className="details-text">
                  <ContributionTable rows={check.answers} caption={check.answersCaption} texts={texts} />
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
