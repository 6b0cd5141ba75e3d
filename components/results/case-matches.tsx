"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { CaseMatch } from "@/lib/engine/types";
import type { PresentationModel } from "@/lib/report/report-model";
import type { PrerequisiteId } from "@/lib/schemas/common";
import { MatchAttributes } from "./match-attributes";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** The lesson's heading says which of the project's gaps it was chosen for. */
const LESSON_HEADINGS = {
  blocker: "lessonBlocker",
  "advice-not-followed": "lessonAdviceNotFollowed",
  weakest: "lesson",
  "advice-partly-followed": "lessonAdvicePartlyFollowed",
  weak: "lessonWeak",
} as const;

interface CaseMatchesProps {
  model: PresentationModel;
  matches: CaseMatch[];
  weakest: PrerequisiteId | null;
  caseHref: (id: string) => string;
}

/**
 * The published cases most like the project (as many as the model shows), with what matches, what
 * differs and a lesson. A note on how close the matches are belongs under the lead, once.
 */
export function CaseMatches({ model, matches, weakest, caseHref }: CaseMatchesProps) {
  const t = useTranslations("results.cases");
  const text = useResultText();
  const { texts, cases } = model;
  return (
    <section id="cases" aria-labelledby="cases-heading" className={styles.section}>
      <h2 id="cases-heading">{texts.casesHeading}</h2>
      <p>{cases.length > 0 ? texts.casesLead : texts.casesNone}</p>
      {model.casesCloseness ? <p className={styles.meta}>{model.casesCloseness}</p> : null}
      <ol className="nobullet-list">
        {cases.map((shown) => {
          const match = matches.find((entry) => entry.caseId === shown.id);
          if (!match) return null;
          return (
            <li key={shown.id} className={styles.caseMatch}>
              <h3 className="h4 mt-0">
                <Link href={caseHref(shown.id)}>
                  {shown.organisation}: {shown.title}
                </Link>
              </h3>
              <p className={styles.similarity}>{shown.similarityText}</p>
              {shown.weakText ? <p className={styles.meta}>{shown.weakText}</p> : null}
              <MatchAttributes heading={t("matches")} comparisons={match.matches} kind="match" />
              <MatchAttributes heading={t("differs")} comparisons={match.differs} kind="differ" />
              {match.notCompared.length > 0 ? (
                <p className={styles.meta}>
                  {t("notCompared", { attributes: match.notCompared.map(text.attributeLabel).join(", ") })}
                </p>
              ) : null}
              {match.lesson ? (
                <div className={styles.lesson}>
                  <h4 className="h5 mt-0">
                    {t(LESSON_HEADINGS[match.lesson.reason], {
                      title: text.sectionTitle(match.lesson.prerequisite),
                      advice: match.lesson.advice ? text.sectionTitle(match.lesson.advice) : "",
                    })}
                  </h4>
                  <p className="mb-0">{match.lesson.text[text.locale]}</p>
                </div>
              ) : weakest ? (
                <p className={styles.meta}>{t("noLesson", { title: text.sectionTitle(weakest) })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
