"use client";

import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PrerequisiteResult } from "@/lib/engine/types";
import { formatScore } from "./format-score";
import { useResultText } from "./use-result-text";

/** The scores as a table: the charts' text alternative. */
export function ScoreTable({ prerequisites }: { prerequisites: PrerequisiteResult[] }) {
  const t = useTranslations("results.scores");
  const text = useResultText();
  return (
    <TableScroll label={t("tableCaption")}>
      <table className="table table--compact">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("prerequisite")}</th>
            <th scope="col">{t("score")}</th>
            <th scope="col">{t("answered")}</th>
          </tr>
        </thead>
        <tbody>
          {prerequisites.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{text.sectionTitle(entry.id)}</th>
              <td>{formatScore(entry.score, text.locale) ?? t("notEnough")}</td>
              <td>
                {t("answeredOf", {
                  answered: entry.answered,
                  applicable: entry.applicable,
                  unanswered: entry.unanswered,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
