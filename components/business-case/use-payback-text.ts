"use client";

import { useLocale, useTranslations } from "next-intl";
import { describePayback } from "@/lib/business-case/format-kroner";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";

/** Words a payback time: "6 måneder", "2,5 år", "ikke inden for 5 år". */
export function usePaybackText(horizonYears: number): (years: number | null) => string {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  return (years) => {
    const payback = describePayback(years, locale);
    if (payback.unit === "never") return t("notWithin", { years: horizonYears });
    if (payback.unit === "months")
      return t("months", { months: payback.months, monthsText: formatNumber(payback.months, locale) });
    return t("years", { years: payback.years });
  };
}
