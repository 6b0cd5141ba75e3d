"use client";

import { useTranslations } from "next-intl";
import {
  legalBasisSharedRulesLabel,
  legalBasisStatusLabels,
  legalPhaseLabels,
} from "@/content/result-labels";
import { TableScroll } from "@/components/ui/table-scroll";
import type { LegalTriageResult } from "@/lib/engine/types";
import { RuleReferences } from "./rule-references";
import { useResultText } from "./use-result-text";

/** The rules every phase with rules shares, or null when they differ. */
function findSharedRules(rows: LegalTriageResult["legalBasis"]): string[] | null {
  const withRules = rows.filter((row) => row.ruleIds.length > 0);
  const first = withRules[0];
  if (first === undefined) return null;
  return withRules.every((row) => row.ruleIds.join() === first.ruleIds.join()) ? first.ruleIds : null;
}

/** Whether the legal basis (hjemmel) is clarified in each phase; shared rules are cited once. */
export function LegalBasisTable({ rows }: { rows: LegalTriageResult["legalBasis"] }) {
  const t = useTranslations("results.legal");
  const { locale } = useResultText();
  const shared = findSharedRules(rows);
  return (
    <>
      <TableScroll label={t("legalBasis")}>
        <table className="table table--compact">
          <caption className="sr-only">{t("legalBasis")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("phase")}</th>
              <th scope="col">{t("status")}</th>
              {shared === null ? <th scope="col">{t("rules")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.phase}>
                <th scope="row">{legalPhaseLabels[row.phase][locale]}</th>
                <td>{legalBasisStatusLabels[row.status][locale]}</td>
                {shared === null ? (
                  <td>{row.ruleIds.length > 0 ? <RuleReferences ruleIds={row.ruleIds} /> : "–"}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shared !== null ? (
        <>
          <p>{legalBasisSharedRulesLabel[locale]}:</p>
          <RuleReferences ruleIds={shared} />
        </>
      ) : null}
    </>
  );
}
