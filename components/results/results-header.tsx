"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatSavedTime } from "@/components/assessment/format-saved-time";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";

/** The report's heading: the project, its organisation and when the answers were last changed. */
export function ResultsHeader({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results");
  const locale = useLocale() as Locale;
  const { title, organisation, description } = document.project;
  return (
    <header className="mb-6">
      <p className="step-subheading">{t("title")}</p>
      <h1>{title}</h1>
      {organisation ? <p className="font-lead mt-0">{organisation}</p> : null}
      {description ? <p>{description}</p> : null}
      <p className="form-hint">
        {t("answersFrom", { date: formatSavedTime(document.updatedAt, locale, false) })}
      </p>
    </header>
  );
}
