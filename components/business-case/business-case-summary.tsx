"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { localePath } from "@/components/layout/locale-path";
import { ButtonLink } from "@/components/ui/button-link";
import { computeBusinessCase } from "@/lib/business-case/compute-business-case";
import { describePayback, formatKroner } from "@/lib/business-case/format-kroner";
import { formatNumber } from "@/lib/format/number";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import styles from "./business-case.module.css";

/**
 * The results page's business case section: the stored estimate's range, or an invitation to
 * make one, with a link to the business case page.
 */
export function BusinessCaseSummary({
  document,
  readOnly = false,
}: {
  document: AnswersDocument;
  /** A shared link's answers: the business case page works on the stored answers, so no link to it. */
  readOnly?: boolean;
}) {
  const t = useTranslations("businessCaseSummary");
  const locale = useLocale() as Locale;
  const result = useMemo(
    () => (document.businessCase ? computeBusinessCase(document.businessCase) : null),
    [document.businessCase],
  );
  const payback = (years: number | null) => {
    const text = describePayback(years, locale);
    if (text.unit === "never") return t("notWithin", { years: result?.horizonYears ?? 0 });
    return text.unit === "months"
      ? t("months", { months: text.months, monthsText: formatNumber(text.months, locale) })
      : t("years", { years: text.years });
  };
  return (
    <section
      id="business-case"
      aria-labelledby="business-case-heading"
      className={styles.section}
      data-testid="business-case-summary"
    >
      <h2 id="business-case-heading">{t("heading")}</h2>
      {result ? (
        <p>
          {t("estimate", {
            years: result.horizonYears,
            min: formatKroner(result.netPresentValue.min, locale),
            mostLikely: formatKroner(result.netPresentValue.mostLikely, locale),
            max: formatKroner(result.netPresentValue.max, locale),
            payback:
              result.paybackYears.min === result.paybackYears.max
                ? payback(result.paybackYears.mostLikely)
                : t("paybackRange", {
                    min: payback(result.paybackYears.min),
                    max: payback(result.paybackYears.max),
                  }),
          })}
        </p>
      ) : (
        <p>{readOnly ? t("noneReadOnly") : t("none")}</p>
      )}
      {readOnly ? null : (
        <ButtonLink href={localePath(locale, "/business-case")} variant="secondary" icon="arrow-forward">
          {result ? t("edit") : t("open")}
        </ButtonLink>
      )}
    </section>
  );
}
