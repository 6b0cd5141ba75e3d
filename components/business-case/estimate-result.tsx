"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { computeBusinessCase } from "@/lib/business-case/compute-business-case";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";
import { BreakEvenList } from "./break-even-list";
import { CashFlowTable } from "./cash-flow-table";
import { NonEconomicGains } from "./non-economic-gains";
import { ResultRangeTable } from "./result-range-table";
import { SensitivityList } from "./sensitivity-list";
import styles from "./business-case.module.css";

/** The stored estimate's result: ranges, cash flow, what moves it, break-even, and the gains beyond money. */
export function EstimateResult({
  estimate,
  references,
}: {
  estimate: BusinessCaseEstimate | undefined;
  references: ReferenceCase[];
}) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  const result = useMemo(() => (estimate ? computeBusinessCase(estimate) : null), [estimate]);
  return (
    <section aria-labelledby="result-heading" className={styles.section} id="result">
      <h2 id="result-heading">{t("heading")}</h2>
      {result ? (
        <>
          <p>
            {t("basis", {
              years: result.horizonYears,
              rate: formatNumber(result.discountRatePercent, locale),
            })}
          </p>
          <ResultRangeTable result={result} />
          <p className={styles.meta}>{t("rangeNote")}</p>
          <CashFlowTable years={result.years} />
          <SensitivityList items={result.sensitivity} />
          <BreakEvenList breakEven={result.breakEven} />
        </>
      ) : (
        <p>{t("none")}</p>
      )}
      <NonEconomicGains references={references} />
    </section>
  );
}
