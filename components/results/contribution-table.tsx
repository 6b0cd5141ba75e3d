"use client";

import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatScore } from "./format-score";
import type { AnswerContribution } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";

/** How each answer counts towards a section's score: the heart of "Why this score?". */
export function ContributionTable({
  contributions,
  caption,
}: {
  contributions: AnswerContribution[];
  caption: string;
}) {
  const t = useTranslations("results.why");
  const text = useResultText();
  const number = (value: number) => formatScore(value, text.locale) ?? "";

  const answerText = (entry: AnswerContribution) => {
    if (entry.state === "answered" && entry.optionId)
      return text.optionLabel(entry.questionId, entry.optionId);
    return t(`state.${entry.state}`);
  };
  // "Don't know" and an empty answer count as the weakest answer; only "not applicable" does not.
  const counts = (entry: AnswerContribution) => entry.state !== "not-applicable";

  return (
    <TableScroll label={caption}>
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("question")}</th>
            <th scope="col">{t("answer")}</th>
            <th scope="col">{t("points")}</th>
            <th scope="col">{t("share")}</th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((entry) => (
            <tr key={entry.questionId}>
              <th scope="row">{text.questionText(entry.questionId)}</th>
              <td>{answerText(entry)}</td>
              <td>{counts(entry) ? t("pointsOf", { points: entry.points, max: entry.maxPoints }) : "–"}</td>
              <td>
                {counts(entry)
                  ? t("shareOf", { earned: number(entry.earned), possible: number(entry.possible) })
                  : t("notCounted")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
