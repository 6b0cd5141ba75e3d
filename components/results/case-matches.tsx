"use client";

import { Link } from "@/components/ui/link";
import type { PresentationModel } from "@/lib/report/report-model";
import { MatchAttributes } from "./match-attributes";
import styles from "./results.module.css";

interface CaseMatchesProps {
  model: PresentationModel;
  caseHref: (id: string) => string;
}

/**
 * The published cases most like the project (as many as the model shows), with what matches, what
 * differs and a lesson. A note on how close the matches are belongs under the lead, once.
 */
export function CaseMatches({ model, caseHref }: CaseMatchesProps) {
  const { texts, cases } = model;
  return (
    <section id="cases" aria-labelledby="cases-heading" className={styles.section}>
      <h2 id="cases-heading">{texts.casesHeading}</h2>
      <p>{cases.length > 0 ? texts.casesLead : texts.casesNone}</p>
      {model.casesCloseness ? <p className={styles.meta}>{model.casesCloseness}</p> : null}
      <ol className="nobullet-list">
        {cases.map((shown) => (
          <li key={shown.id} className={styles.caseMatch}>
            <h3 className="h4 mt-0">
              <Link href={caseHref(shown.id)}>
                {shown.organisation}: {shown.title}
              </Link>
            </h3>
            <p className={styles.similarity}>{shown.similarityText}</p>
            {shown.weakText ? <p className={styles.meta}>{shown.weakText}</p> : null}
            <MatchAttributes
              heading={texts.caseMatches}
              items={shown.matches.map((match) => ({
                attribute: match.attribute,
                text: match.values,
                note: match.note,
              }))}
            />
            <MatchAttributes
              heading={texts.caseDiffers}
              items={shown.differs.map((differ) => ({
                attribute: differ.attribute,
                text: differ.values,
                note: null,
              }))}
            />
            {shown.notCompared.length > 0 ? (
              <p className={styles.meta}>
                {texts.caseNotCompared}: {shown.notCompared.join(", ")}
              </p>
            ) : null}
            {shown.lesson ? (
              <div className={styles.lesson}>
                <h4 className="h5 mt-0">{shown.lesson.heading}</h4>
                <p className="mb-0">{shown.lesson.text}</p>
              </div>
            ) : shown.lessonNone ? (
              <p className={styles.meta}>{shown.lessonNone}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
