"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format/number";
import type { BlockerResult, PlanAction } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** How many actions the plan shows: enough to act on, few enough to read. */
export const PLAN_LENGTH = 8;

/** The improvement plan: the actions that would raise readiness most, best first. */
export function ImprovementPlan({ plan, blockers }: { plan: PlanAction[]; blockers: BlockerResult[] }) {
  const t = useTranslations("results.plan");
  const text = useResultText();
  const actions = plan.slice(0, PLAN_LENGTH);
  const blockerTitle = (id: string) =>
    blockers.find((blocker) => blocker.id === id)?.title[text.locale] ?? id;
  return (
    <section id="plan" aria-labelledby="plan-heading" className={styles.section}>
      <h2 id="plan-heading">{t("heading")}</h2>
      {actions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>{t("intro", { count: actions.length, total: plan.length })}</p>
          <ol className={styles.plan}>
            {actions.map((action) => {
              const found = action.case ? text.caseInfo(action.case) : null;
              return (
                <li key={action.questionId} className={styles.planItem}>
                  <p className="mt-0">
                    <strong>{action.recommendation[text.locale]}</strong>
                  </p>
                  <p className={styles.meta}>
                    {t(`kind.${action.kind}`)} · {text.sectionTitle(action.section)} ·{" "}
                    {t("question", { question: text.questionText(action.questionId) })}
                  </p>
                  {action.overallGain > 0 || action.sectionGain > 0 ? (
                    <p className="mb-2">
                      {t(action.overallGain > 0 ? "gain" : "sectionGain", {
                        overall: formatNumber(action.overallGain, text.locale),
                        section: formatNumber(action.sectionGain, text.locale),
                        title: text.sectionTitle(action.section),
                      })}
                    </p>
                  ) : null}
                  {action.liftsBlockers.length > 0 ? (
                    <p className="mb-2">
                      {t("lifts", { blockers: action.liftsBlockers.map(blockerTitle).join("; ") })}
                    </p>
                  ) : null}
                  {found ? (
                    <p className="mb-0">
                      <Link href={found.href}>{t("case", { organisation: found.organisation })}</Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
