"use client";

import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import type { BusinessCaseReportSection } from "@/lib/business-case/build-report-section";
import type { Locale } from "@/lib/schemas/common";
import styles from "./business-case.module.css";

/**
 * The results page's business case section: the stored estimate's range as the presentation model
 * words it (the report's), or an invitation to make one, with a link to the business case page.
 */
export function BusinessCaseSummary({
  section,
  readOnly = false,
}: {
  /** The presentation model's business case section; null when the answers hold no estimate. */
  section: BusinessCaseReportSection | null | undefined;
  /** A shared link's answers: the business case page works on the stored answers, so no link to it. */
  readOnly?: boolean;
}) {
  const t = useTranslations("businessCaseSummary");
  const locale = useLocale() as Locale;
  return (
    <section
      id="business-case"
      aria-labelledby="business-case-heading"
      className={styles.section}
      data-testid="business-case-summary"
    >
      <h2 id="business-case-heading">{t("heading")}</h2>
      {section ? <p>{section.summary}</p> : <p>{readOnly ? t("noneReadOnly") : t("none")}</p>}
      {readOnly ? null : (
        <ButtonLink href={localePath(locale, "/business-case")} variant="secondary" icon="arrow-forward">
          {section ? t("edit") : t("open")}
        </ButtonLink>
      )}
    </section>
  );
}
