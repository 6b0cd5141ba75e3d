"use client";

import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** The articles a legal finding rests on: reference, title and source, for a lawyer to look up. */
export function RuleReferences({ ruleIds }: { ruleIds: string[] }) {
  const text = useResultText();
  const rules = ruleIds.map(text.rule).filter((rule) => rule !== null);
  if (rules.length === 0) return null;
  return (
    <ul className={styles.rules}>
      {rules.map((rule) => (
        <li key={rule.id}>
          <strong>{rule.reference[text.locale]}</strong>: {rule.title[text.locale]}{" "}
          <span className={styles.citation}>({rule.source.citation[text.locale]})</span>
        </li>
      ))}
    </ul>
  );
}
