"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatSavedTime } from "@/components/assessment/format-saved-time";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import styles from "./results.module.css";

/** The report's heading: the project and its organisation, short, so the answer follows at once. */
export function ResultsHeader({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results");
  const { title, organisation } = document.project;
  return (
    <header>
      <p className="step-subheading mb-0">{t("title")}</p>
      <h1 className={styles.title}>{title}</h1>
      {organisation ? <p className={styles.organisation}>{organisation}</p> : null}
    </header>
  );
}

/** The project's description and when the answers were last changed, after the answer. */
export function ResultsProject({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const { description } = document.project;
  return (
    <div className="mb-6">
      {description ? <p>{description}</p> : null}
      <p className="form-hint">
        {t("answersFrom", { date: formatSavedTime(document.updatedAt, locale, false) })}
      </p>
    </div>
  );
}
