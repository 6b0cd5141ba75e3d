"use client";

import { dpiaCriteriaHeading, dpiaCriterionStateLabels } from "@/content/result-labels";
import type { DpiaCriterion } from "@/lib/engine/types";
import { useResultText } from "./use-result-text";

/** Every WP248 criterion the DPIA check looked at, and whether it is met. */
export function LegalDpiaCriteria({ criteria }: { criteria: DpiaCriterion[] }) {
  const { locale } = useResultText();
  if (criteria.length === 0) return null;
  return (
    <>
      <h4 className="h5">{dpiaCriteriaHeading[locale]}</h4>
      <ul>
        {criteria.map((criterion) => (
          <li key={criterion.id}>
            <strong>{dpiaCriterionStateLabels[criterion.state][locale]}:</strong> {criterion.text[locale]}
          </li>
        ))}
      </ul>
    </>
  );
}
