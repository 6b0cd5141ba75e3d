"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { actionOwnerLabels, planGateLabels } from "@/content/result-labels";
import type { BlockerResult, PlanAction } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** How many actions the plan shows: enough to act on, few enough to read. */
export const PLAN_LENGTH = 8;

/** The first actions of one gate of the plan, under the gate's heading. */
function groupByGate(actions: readonly PlanAction[]): { gate: PlanAction["gate"]; actions: PlanAction[] }[] {
  const groups: { gate: PlanAction["gate"]; actions: PlanAction[] }[] = [];
  for (const action of actions) {
    const last = groups[groups.length - 1];
    if (last && last.gate === action.gate) last.actions.push(action);
    else groups.push({ gate: action.gate, actions: [action] });
  }
  return groups;
}

/** The improvement plan: what must happen first, grouped by gate, each action with its owner. */
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
          {groupByGate(actions).map((group) => (
            <div key={group.gate}>
              <h3 className="h4">{planGateLabels[group.gate][text.locale]}</h3>
              <ol className={styles.plan} start={plan.indexOf(group.actions[0] as PlanAction) + 1}>
                {group.actions.map((action) => {
                  const found = action.case ? text.caseInfo(action.case) : null;
                  return (
                    <li key={action.questionId} className={styles.planItem}>
                      <p className="mt-0">
                        <strong>{action.title[text.locale]}</strong>
                      </p>
                      <p className="mb-2">{action.recommendation[text.locale]}</p>
                      <p className={styles.meta}>
                        {t("owner", { owner: actionOwnerLabels[action.owner][text.locale] })} ·{" "}
                        {text.sectionTitle(action.section)} ·{" "}
                        {t("question", { question: text.questionText(action.questionId) })}
                      </p>
                      {action.liftsBlockers.length > 0 ? (
                        <p className="mb-2">
                          {t("lifts", { blockers: action.liftsBlockers.map(blockerTitle).join("; ") })}
                        </p>
                      ) : null}
                      {action.decidesAdvice.length > 0 ? (
                        <p className="mb-2">
                          {t("decidesAdvice", {
                            advice: action.decidesAdvice.map((id) => text.sectionTitle(id)).join("; "),
                          })}
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
            </div>
          ))}
        </>
      )}
    </section>
  );
}
