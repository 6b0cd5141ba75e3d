"use client";

import { Link } from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import type { PresentationModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

interface BlockerListProps {
  model: PresentationModel;
  caseHref: (id: string) => string;
}

/** Blockers: answers that stop the project whatever else is strong. */
export function BlockerList({ model, caseHref }: BlockerListProps) {
  const { texts, summary } = model;
  return (
    <section id="blockers" aria-labelledby="blockers-heading" className={styles.section}>
      <h2 id="blockers-heading">{texts.blockersHeading}</h2>
      {summary.blockers.length === 0 ? (
        <Alert variant="success" headingLevel={3} announce={false}>
          {texts.blockersNone}
        </Alert>
      ) : (
        <ul className="nobullet-list">
          {summary.blockers.map((blocker) => (
            <li key={blocker.title} className={styles.blocker}>
              <h3 className="h4 mt-0">{blocker.title}</h3>
              <p className={styles.meta}>
                {blocker.prerequisite} · {blocker.capsAt}
              </p>
              <p>
                <strong>{texts.blockerWhy}:</strong> {blocker.why}
              </p>
              <p>
                <strong>{texts.blockerAction}:</strong> {blocker.action}
              </p>
              {blocker.caseId && blocker.caseHint ? (
                <p className="mb-0">
                  <Link href={caseHref(blocker.caseId)}>{blocker.caseHint}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
