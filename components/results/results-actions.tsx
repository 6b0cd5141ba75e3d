"use client";

import { useLocale, useTranslations } from "next-intl";
import { ExportAnswers } from "@/components/assessment/export-answers";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import { Icon } from "@/components/ui/icon";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import styles from "./results.module.css";

/** What the user can do with the report: change answers, print, save the answers, get the PDF. */
export function ResultsActions({ document }: { document: AnswersDocument }) {
  const t = useTranslations("results.actions");
  const locale = useLocale() as Locale;
  return (
    <div className={`${styles.actions} no-print`}>
      {/* The PDF download button (components/results/report-download.tsx, its own task) goes first here. */}
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        <Icon name="print" className="mr-3" />
        {t("print")}
      </button>
      <ExportAnswers document={document} />
      <ButtonLink href={localePath(locale, "/assessment/review")} variant="tertiary" icon="edit">
        {t("changeAnswers")}
      </ButtonLink>
    </div>
  );
}
