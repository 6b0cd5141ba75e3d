"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatEconomicAmount } from "@/lib/format";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import type { EconomicFigure } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";
import styles from "./business-case.module.css";

const rows = ["investment", "annualOperation", "annualSaving"] as const;

/** A case's investment, operation and saving exactly as the catalogue states them, or why not. */
export function ReferenceEconomics({ study }: { study: ReferenceCase }) {
  const t = useTranslations("businessCase.cases");
  const locale = useLocale() as Locale;
  const describe = (figure: EconomicFigure) =>
    formatEconomicAmount(figure, locale) ??
    (figure.kind === "not-stated" ? t(`reasons.${figure.reason}`) : "");
  return (
    <table className="table table--responsive-headers">
      <caption className="sr-only">{t("caption", { organisation: study.organisation[locale] })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("amount")}</th>
          <th scope="col">{t("note")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const figure = study.economics[row];
          const note = figure.note?.[locale];
          return (
            <tr key={row}>
              <th scope="row">{t(row)}</th>
              <td data-title={t("amount")} className={styles.amount}>
                {describe(figure)}
              </td>
              <td data-title={note ? t("note") : ""}>{note ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
