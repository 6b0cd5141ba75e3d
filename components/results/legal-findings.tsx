"use client";

import type { LegalFinding } from "@/lib/engine/types";
import { RuleReferences } from "./rule-references";
import { useResultText } from "./use-result-text";

/** A list of legal findings, each with the rules it rests on. */
export function LegalFindings({ findings }: { findings: LegalFinding[] }) {
  const text = useResultText();
  if (findings.length === 0) return null;
  return (
    <ul>
      {findings.map((finding) => (
        <li key={finding.text[text.locale]}>
          {finding.text[text.locale]}
          <RuleReferences ruleIds={finding.ruleIds} />
        </li>
      ))}
    </ul>
  );
}
