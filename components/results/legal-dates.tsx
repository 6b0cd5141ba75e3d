"use client";

import { useTranslations } from "next-intl";
import { legalDateCheckedLabel, legalDateStatusLabels } from "@/content/result-labels";
import { formatDate } from "@/lib/format/date";
import { useResultText } from "./use-result-text";

/** The dates that apply to the class found, each with the day it was last checked. */
export function LegalDates({ ids }: { ids: string[] }) {
  const t = useTranslations("results.legal");
  const text = useResultText();
  const { locale } = text;
  const dates = ids.map(text.legalDate).filter((entry) => entry !== null);
  if (dates.length === 0) return <p>{t("noDates")}</p>;
  return (
    <>
      <p>{t("datesIntro")}</p>
      <ul>
        {dates.map((entry) => (
          <li key={entry.id}>
            <strong>{formatDate(entry.date, locale)}</strong> (
            {legalDateStatusLabels[entry.status][locale].toLowerCase()},{" "}
            {legalDateCheckedLabel[locale].replace("{date}", formatDate(entry.checkedOn, locale))}):{" "}
            {entry.text[locale]} <span>({entry.source.citation[locale]})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
