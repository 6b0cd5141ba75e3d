"use client";

import { useLocale, useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { YearCashFlow } from "@/lib/business-case/compute-business-case";
import { formatKroner } from "@/lib/business-case/format-kroner";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";
import styles from "./business-case.module.css";

/** The net cash flow year by year, as a range, with the most likely running total. */
export function CashFlowTable({ years }: { years: YearCashFlow[] }) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  const columns = ["netMin", "netMostLikely", "netMax", "cumulative"] as const;
  return (
    <TableScroll label={t("flowCaption")}>
      <table className="table">
        <caption>{t("flowCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col" className={styles.numeric}>
              {t("realisation")}
            </th>
            {columns.map((column) => (
              <th scope="col" key={column} className={styles.numeric}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td className={styles.numeric}>
                {year.year === 0 ? "" : `${formatNumber(Math.round(year.realisationPercent), locale)} %`}
              </td>
              <td className={styles.numeric}>{formatKroner(year.net.min, locale)}</td>
              <td className={styles.numeric}>{formatKroner(year.net.mostLikely, locale)}</td>
              <td className={styles.numeric}>{formatKroner(year.net.max, locale)}</td>
              <td className={styles.numeric}>{formatKroner(year.cumulative.mostLikely, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
