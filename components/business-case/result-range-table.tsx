"use client";

import { useLocale, useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { BusinessCaseResult } from "@/lib/business-case/compute-business-case";
import { formatKroner } from "@/lib/business-case/format-kroner";
import type { Locale } from "@/lib/schemas/common";
import { usePaybackText } from "./use-payback-text";
import styles from "./business-case.module.css";

const points = ["min", "mostLikely", "max"] as const;

/** Net present value, payback and the inputs' totals, each as minimum, most likely and maximum. */
export function ResultRangeTable({ result }: { result: BusinessCaseResult }) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  const payback = usePaybackText(result.horizonYears);
  const money = (["netPresentValue", "investment", "annualOperation", "annualGain"] as const).map((row) => ({
    row,
    cells: points.map((point) => formatKroner(result[row][point], locale)),
  }));
  const rows = [
    money[0]!,
    { row: "payback" as const, cells: points.map((point) => payback(result.paybackYears[point])) },
    ...money.slice(1),
  ];
  return (
    <TableScroll label={t("rangeCaption")}>
      <table className="table" data-testid="business-case-range">
        <caption>{t("rangeCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("measure")}</th>
            {points.map((point) => (
              <th scope="col" key={point} className={styles.numeric}>
                {t(point)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, cells }) => (
            <tr key={row}>
              <th scope="row">{t(row)}</th>
              {cells.map((cell, index) => (
                <td key={points[index]} className={styles.numeric}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
