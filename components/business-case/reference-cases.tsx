"use client";

import { useTranslations } from "next-intl";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import { ReferenceCaseCard } from "./reference-case-card";
import styles from "./business-case.module.css";

/** The comparable cases' documented economics, closest first. */
export function ReferenceCases({
  closest,
  profileAnswered,
}: {
  closest: { study: ReferenceCase; similarity: number }[];
  profileAnswered: boolean;
}) {
  const t = useTranslations("businessCase.cases");
  return (
    <section aria-labelledby="cases-heading" className={styles.section}>
      <h2 id="cases-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {profileAnswered ? null : <p>{t("noProfile")}</p>}
      <ol className="nobullet-list">
        {closest.map(({ study, similarity }) => (
          <ReferenceCaseCard key={study.id} study={study} similarity={profileAnswered ? similarity : null} />
        ))}
      </ol>
    </section>
  );
}
