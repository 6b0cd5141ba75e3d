"use client";

import { Link } from "@/components/ui/link";
import type { PresentationModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

interface ResultsBriefProps {
  model: PresentationModel;
  caseHref: (id: string) => string;
  /** Opens the full plan further down the page. */
  onShowPlan: () => void;
}

/**
 * The answer first: the level, what must be in place first, the first actions with their owners,
 * the legal indication and the closest case, in the first screen on a phone and a desktop. Every
 * text comes from the presentation model; this only lays it out.
 */
export function ResultsBrief({ model, caseHref, onShowPlan }: ResultsBriefProps) {
  const { texts, summary, legal } = model;
  const closest = model.cases[0];
  return (
    <section aria-labelledby="brief-heading" className={styles.brief} data-brief="">
      <h2 id="brief-heading" className="sr-only">
        {texts.briefHeading}
      </h2>
      <div className={styles.briefLevel} data-brief-part="level">
        <h3 className={styles.briefHeading}>{texts.summaryLevel}</h3>
        <p className={styles.briefLevelLine}>
          <span className={styles.briefLevelLabel}>{summary.levelLabel}</span>{" "}
          <span>
            {texts.summaryOverall}: {summary.overallText}
          </span>
        </p>
      </div>
      <div className={styles.briefPart} data-brief-part="blockers">
        <h3 className={styles.briefHeading}>{texts.blockersHeading}</h3>
        {summary.blockers.length === 0 ? (
          <p className="mb-0">{texts.blockersNone}</p>
        ) : (
          <ul className={styles.briefList}>
            {summary.blockers.map((blocker) => (
              <li key={blocker.title} className={styles.briefBlocker}>
                {blocker.title}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.briefPart} data-brief-part="actions">
        <h3 className={styles.briefHeading}>{texts.topActionsHeading}</h3>
        {summary.topActions.length === 0 ? (
          <p className="mb-0">{texts.topActionsNone}</p>
        ) : (
          <ol className={styles.briefList}>
            {summary.topActions.map((action) => (
              <li key={action.rank} value={action.rank}>
                <strong>{action.title}</strong> <span className={styles.briefOwner}>{action.owner}</span>
              </li>
            ))}
          </ol>
        )}
        {summary.planLength > 0 ? (
          <a href="#plan" className={styles.briefMore} onClick={onShowPlan}>
            {summary.planShowAll}
          </a>
        ) : null}
      </div>
      <div className={styles.briefPart} data-brief-part="legal">
        <h3 className={styles.briefHeading}>{texts.briefLegalHeading}</h3>
        <p className="mb-0">
          <span className={styles.briefLabel}>{texts.instrumentAiAct}:</span> {legal.aiActClass}
        </p>
        <p className="mb-0">
          <span className={styles.briefLabel}>{texts.briefDpia}:</span> {legal.dpiaStatus}
        </p>
      </div>
      <div className={styles.briefPart} data-brief-part="case">
        <h3 className={styles.briefHeading}>{texts.briefClosestCase}</h3>
        {closest ? (
          <p className="mb-0">
            <Link href={caseHref(closest.id)}>{closest.organisation}</Link> ({closest.similarityText})
            {closest.weakText ? ` ${closest.weakText}` : null}
          </p>
        ) : (
          <p className="mb-0">{texts.briefClosestCaseNone}</p>
        )}
      </div>
    </section>
  );
}
