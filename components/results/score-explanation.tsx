"use client";

import { useTranslations } from "next-intl";
import type { PrerequisiteResult } from "@/lib/engine/types";
import { ContributionTable } from "./contribution-table";
import { formatScore } from "./format-score";
import { useResultText } from "./use-result-text";

/** "Why this score?": a folded explanation of one prerequisite's score, answer by answer. */
export function ScoreExplanation({ prerequisite }: { prerequisite: PrerequisiteResult }) {
  const t = useTranslations("results.why");
  const text = useResultText();
  const title = text.sectionTitle(prerequisite.id);
  const score = formatScore(prerequisite.score, text.locale);
  return (
    <details className="details">
      <summary className="details-summary">
        <span className="details-summary-text">{t("summary", { title })}</span>
      </summary>
      <div className="details-text">
        <p>{score === null ? t("noScore", { title }) : t("scoreIs", { title, score })}</p>
        <p>{t("method")}</p>
        <ContributionTable contributions={prerequisite.contributions} caption={t("caption", { title })} />
      </div>
    </details>
  );
}
