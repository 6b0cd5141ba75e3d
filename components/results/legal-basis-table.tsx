"use client";

import { useTranslations } from "next-intl";
import { legalBasisStatusLabels, legalPhaseLabels } from "@/content/result-labels";
import { TableScroll } from "@/components/ui/table-scroll";
import type { LegalTriageResult } from "@/lib/engine/types";
import { RuleReferences } from "./rule-references";
import { useResultText } from "./use-result-text";

/** Whether the legal basis (hjemmel) is clarified for development, operation and retraining. */
export function LegalBasisTable({ rows }: { rows: LegalTriageResult["legalBasis"] }) {
  const t = useTranslations("results.legal");
  const { locale } = useResultText();
  return (
    <TableScroll label={t("legalBasis")}>
      <table className="table table--compact">
        <caption className="sr-only">{t("legalBasis")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("phase")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("rules")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.phase}>
              <th scope="row">{legalPhaseLabels[row.phase][locale]}</th>
              <td>{legalBasisStatusLabels[row.status][locale]}</td>
              <td>{row.ruleIds.length > 0 ? <RuleReferences ruleIds={row.ruleIds} /> : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
