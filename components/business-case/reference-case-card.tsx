"use client";

import { useLocale, useTranslations } from "next-intl";
import { CaseEconomics } from "@/components/cases/case-economics";
import { localePath } from "@/components/layout/locale-path";
import { Link } from "@/components/ui/link";
import { derivedFigures } from "@/content/business-case/derived-figures";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import { formatKronerRange } from "@/lib/business-case/format-kroner";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";
import styles from "./business-case.module.css";

/** One comparable case: its stated economics, figures derived from them, and its time and money effects. */
export function ReferenceCaseCard({
  study,
  similarity,
}: {
  study: ReferenceCase;
  similarity: number | null;
}) {
  const t = useTranslations("businessCase.cases");
  const locale = useLocale() as Locale;
  const organisation = study.organisation[locale];
  const derived = derivedFigures.filter((figure) => figure.caseId === study.id);
  const effects = study.effects.filter((effect) => effect.kind !== "quality");
  const approx = (text: string, approximate: boolean) =>
    approximate ? `${locale === "da" ? "ca." : "about"} ${text}` : text;
  return (
    <li className={styles.caseCard} data-case-id={study.id}>
      <h3 className="h4 mt-0">
        {organisation}: {study.title[locale]}
      </h3>
      {similarity !== null ? (
        <p className={styles.meta}>
          {t("similarity", { similarity: formatNumber(Math.round(similarity), locale) })}
        </p>
      ) : null}
      <CaseEconomics study={study} locale={locale} />
      {derived.length > 0 ? (
        <>
          <h4 className="h5">{t("derived")}</h4>
          <ul>
            {derived.map((figure) => {
              const value = formatKronerRange(figure.value, figure.max, locale);
              return (
                <li key={figure.id}>
                  {figure.label[locale]}: <strong>{approx(value, figure.approximate)}</strong> (
                  {t("formula", { formula: figure.formula[locale] })})
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h4 className="h5">{t("effects")}</h4>
      <ul>
        {effects.map((effect) => (
          <li key={effect.text.da}>{effect.text[locale]}</li>
        ))}
      </ul>
      <p>
        <Link href={localePath(locale, `/cases/${study.id}`)}>{t("readCase", { organisation })}</Link>
      </p>
    </li>
  );
}
