"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { formatScore } from "./format-score";
import type { CaseMatch } from "@/lib/engine/types";
import type { PrerequisiteId } from "@/lib/schemas/common";
import { MatchAttributes } from "./match-attributes";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** How many of the six cases the page shows. */
export const MATCH_COUNT = 3;

/** The lesson's heading says which of the project's gaps it was chosen for. */
const LESSON_HEADINGS = {
  blocker: "lessonBlocker",
  "advice-not-followed": "lessonAdviceNotFollowed",
  weakest: "lesson",
  "advice-partly-followed": "lessonAdvicePartlyFollowed",
  weak: "lessonWeak",
} as const;

/** The published cases most like the project, with what matches, what differs and a lesson. */
export function CaseMatches({ matches, weakest }: { matches: CaseMatch[]; weakest: PrerequisiteId | null }) {
  const t = useTranslations("results.cases");
  const text = useResultText();
  const shown = matches.slice(0, MATCH_COUNT);
  // Fewer close cases than shown: say so, so that a weak match is never read as a precedent.
  const closeCount = matches.filter((match) => !match.weak).length;
  const fewClose =
    closeCount < shown.length ? (["noneClose", "oneClose", "twoClose"] as const)[closeCount] : null;
  return (
    <section id="cases" aria-labelledby="cases-heading" className={styles.section}>
      <h2 id="cases-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {fewClose ? <p className={styles.meta}>{t(fewClose)}</p> : null}
      <ol className="nobullet-list">
        {shown.map((match) => {
          const found = text.caseInfo(match.caseId);
          return (
            <li key={match.caseId} className={styles.caseMatch}>
              <h3 className="h4 mt-0">
                <Link href={found.href}>
                  {found.organisation}: {found.title}
                </Link>
              </h3>
              <p className={styles.similarity}>
                {t("similarity", { value: formatScore(match.similarity, text.locale) ?? "" })}
              </p>
              {match.weak ? <p className={styles.meta}>{t("weak")}</p> : null}
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
