"use client";

import { Link } from "@/components/ui/link";
import type { PlanItemModel, PresentationModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

/** The plan's actions in runs of the same gate, each run under the gate's heading. */
function groupByGate(items: readonly PlanItemModel[]): { gate: string; items: PlanItemModel[] }[] {
  const groups: { gate: string; items: PlanItemModel[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.gate === item.gate) last.items.push(item);
    else groups.push({ gate: item.gate, items: [item] });
  }
  return groups;
}

interface ImprovementPlanProps {
  model: PresentationModel;
  caseHref: (id: string) => string;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/**
 * The whole improvement plan, as the report has it, folded behind "Vis hele planen": the first
 * actions are in the summary at the top of the page.
 */
export function ImprovementPlan({ model, caseHref, open, onToggle }: ImprovementPlanProps) {
  const { texts, summary, plan } = model;
  return (
    <section id="plan" aria-labelledby="plan-heading" className={styles.section}>
      <h2 id="plan-heading">{texts.planHeading}</h2>
      {plan.length === 0 ? (
        <p>{texts.planNone}</p>
      ) : (
        <>
          <p>{texts.planLead}</p>
          <details className="details" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
            <summary className="details-summary">
              <span className="details-summary-text">{summary.planShowAll}</span>
            </summary>
            {open ? (
              <div className="details-text">
                {groupByGate(plan).map((group) => (
                  <div key={`${group.gate}-${group.items[0]?.rank}`}>
                    <h3 className="h4">{group.gate}</h3>
                    <ol className={styles.plan} start={group.items[0]?.rank}>
                      {group.items.map((item) => (
                        <li key={item.rank} className={styles.planItem}>
                          <p className="mt-0">
                            <strong>{item.title}</strong>
                          </p>
                          <p className="mb-2">{item.recommendation}</p>
                          <p className={styles.meta}>
                            {item.owner} · {item.section} · {texts.planQuestion}: {item.question}
                          </p>
                          {item.effects.map((effect) => (
                            <p key={effect} className="mb-2">
                              {effect}
                            </p>
                          ))}
                          {item.caseId && item.caseHint ? (
                            <p className="mb-0">
                              <Link href={caseHref(item.caseId)}>{item.caseHint}</Link>
                            </p>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </div>
                ))}
              </div>
            ) : null}
          </details>
        </>
      )}
    </section>
  );
}
