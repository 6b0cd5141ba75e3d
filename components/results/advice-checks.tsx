"use client";

import { useTranslations } from "next-intl";
import { adviceOutcomeLabels } from "@/content/result-labels";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { AdviceCheckResult } from "@/lib/engine/types";
import { ContributionTable } from "./contribution-table";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

const badgeVariants: Record<AdviceCheckResult["outcome"], BadgeVariant> = {
  pass: "success",
  warn: "warning",
  fail: "error",
  "not-enough-answers": "neutral",
};

/** The catalogue's three pieces of advice: does the project follow them, and why (not). */
export function AdviceChecks({ advice }: { advice: AdviceCheckResult[] }) {
  const t = useTranslations("results.advice");
  const text = useResultText();
  return (
    <section id="advice" aria-labelledby="advice-heading" className={styles.section}>
      <h2 id="advice-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul className="nobullet-list">
        {advice.map((check) => {
          const title = text.sectionTitle(check.id);
          return (
            <li key={check.id} className={styles.adviceItem}>
              <h3 className="h4 mt-0">
                {title}{" "}
                <Badge variant={badgeVariants[check.outcome]}>
                  {adviceOutcomeLabels[check.outcome][text.locale]}
                </Badge>
              </h3>
              {check.reasons.length > 0 ? (
                <ul>
                  {check.reasons.map((reason) => (
                    <li key={reason.ruleId ?? reason.text[text.locale]}>{reason.text[text.locale]}</li>
                  ))}
                </ul>
              ) : null}
              {check.contributions.length > 0 ? (
                <details className="details">
                  <summary className="details-summary">
                    <span className="details-summary-text">{t("why", { title })}</span>
                  </summary>
                  <div className="details-text">
                    <ContributionTable
                      contributions={check.contributions}
                      caption={t("caption", { title })}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
