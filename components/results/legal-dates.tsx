"use client";

import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/date";
import { useResultText } from "./use-result-text";

/** Dated facts that may have changed since the legal content was reviewed: always to verify. */
export function LegalDates({ ids }: { ids: string[] }) {
  const t = useTranslations("results.legal");
  const text = useResultText();
  const dates = ids.map(text.legalDate).filter((entry) => entry !== null);
  if (dates.length === 0) return <p>{t("noDates")}</p>;
  return (
    <>
      <p>{t("datesIntro")}</p>
      <ul>
        {dates.map((entry) => (
          <li key={entry.id}>
            <strong>{formatDate(entry.date, text.locale)}</strong> ({t(`dateStatus.${entry.status}`)}):{" "}
            {entry.text[text.locale]} <span>({entry.source.citation[text.locale]})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
