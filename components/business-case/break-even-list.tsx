"use client";

import { useLocale, useTranslations } from "next-intl";
import type { BreakEven } from "@/lib/business-case/break-even";
import { formatKroner } from "@/lib/business-case/format-kroner";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";

/** What must hold, the other most likely figures unchanged, for the net present value to reach zero. */
export function BreakEvenList({ breakEven }: { breakEven: BreakEven }) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  const kroner = (value: number) => formatKroner(value, locale);
  const conditions: string[] = [];
  if (breakEven.requiredAnnualGain !== null) {
    conditions.push(t("requiredGain", { amount: kroner(breakEven.requiredAnnualGain) }));
  }
  if (breakEven.requiredMinutesPerCase !== null) {
    const minutes = formatNumber(Math.round(breakEven.requiredMinutesPerCase * 10) / 10, locale);
    const hours =
      breakEven.requiredHoursPerYear === null
        ? null
        : formatNumber(Math.round(breakEven.requiredHoursPerYear), locale);
    conditions.push(
      `${t("requiredMinutes", { minutes })}${hours ? ` (${t("requiredHours", { hours })})` : ""}`,
    );
  }
  conditions.push(
    breakEven.maxInvestment === null
      ? t("noInvestmentBreaksEven")
      : t("maxInvestment", { amount: kroner(breakEven.maxInvestment) }),
  );
  if (breakEven.maxAnnualOperation !== null) {
    conditions.push(t("maxOperation", { amount: kroner(breakEven.maxAnnualOperation) }));
  }
  return (
    <>
      <h3>{t("breakEvenHeading")}</h3>
      <p>{breakEven.breaksEven ? t("breaksEven") : t("doesNotBreakEven")}</p>
      <ul>
        {conditions.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </ul>
    </>
  );
}
