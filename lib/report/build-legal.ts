import {
  aiActClassLabels,
  dpiaCriteriaHeading,
  dpiaCriterionStateLabels,
  dpiaStatusLabels,
  legalDateCheckedLabel,
  legalDateStatusLabels,
  legalBasisStatusLabels,
  legalDisclaimer,
  legalPhaseLabels,
} from "@/content/result-labels";
import { formatDate } from "../format/date";
import type { LegalFinding, LegalTriageResult } from "../engine/types";
import type { LegalRule } from "../schemas/legal";
import { findingText } from "./finding-text";
import type { ReportContext } from "./report-context";
import type { FindingModel, LegalSectionModel, RuleRefModel } from "./report-model";
import type { ReportTextKey } from "./report-texts";

const instrumentKeys: Record<LegalRule["instrument"], ReportTextKey> = {
  "ai-act": "instrumentAiAct",
  gdpr: "instrumentGdpr",
  "danish-law": "instrumentDanishLaw",
  guidance: "instrumentGuidance",
};

export function buildLegal(context: ReportContext): LegalSectionModel {
  const { result, content, texts, pick, fill, locale } = context;
  const legal = result.legal;
  const rules = (ids: readonly string[]): RuleRefModel[] =>
    ids.flatMap((id) => {
      const rule = context.rule(id);
      if (!rule) return [];
      return [
        {
          instrument: texts[instrumentKeys[rule.instrument]],
          reference: pick(rule.reference),
          title: pick(rule.title),
          citation: pick(rule.source.citation),
        },
      ];
    });
  const findings = (list: readonly LegalFinding[]): FindingModel[] =>
    list.map((finding) => ({ text: findingText(finding, locale), rules: rules(finding.ruleIds) }));
  const datesById = new Map(content.legal.dates.map((date) => [date.id, date]));

  return {
    aiActClass: pick(aiActClassLabels[legal.aiActClass]),
    aiActReasons: findings(legal.aiActReasons),
    transparency: findings(legal.transparencyDuties),
    dpiaStatus: pick(dpiaStatusLabels[legal.dpia.status]),
    dpiaTriggers: findings(legal.dpia.triggers),
    dpiaCriteria: legal.dpia.criteria.map((criterion) => ({
      state: pick(dpiaCriterionStateLabels[criterion.state]),
      text: pick(criterion.text),
    })),
    dpiaCriteriaHeading: pick(dpiaCriteriaHeading),
    fria: legal.fria.applies ? texts.legalFriaApplies : texts.legalFriaNot,
    registration: legal.fria.registration ? texts.legalRegistrationApplies : texts.legalRegistrationNot,
    friaReasons: findings(legal.fria.reasons),
    automatedDecision: findings(legal.automatedDecision),
    ...buildLegalBasis(legal.legalBasis, (basis) => ({
      phase: pick(legalPhaseLabels[basis.phase]),
      status: pick(legalBasisStatusLabels[basis.status]),
      rules: rules(basis.ruleIds),
    })),
    dates: legal.datesToVerify.flatMap((id) => {
      const date = datesById.get(id);
      if (!date) return [];
      return [
        {
          date: formatDate(date.date, locale),
          status: pick(legalDateStatusLabels[date.status]),
          checked: pick(legalDateCheckedLabel).replace("{date}", formatDate(date.checkedOn, locale)),
          text: pick(date.text),
          source: `${pick(date.source.title)}, ${pick(date.source.citation)}`,
        },
      ];
    }),
    authorities: pick(content.legal.authorities),
    disclaimer: pick(legalDisclaimer),
    version: fill(texts.legalVersion, {
      version: legal.legalContentVersion,
      date: formatDate(legal.reviewedOn, locale),
    }),
  };
}

/**
 * The legal basis per phase. The phases usually rest on the same rules: then the rules are given
 * once under the table instead of in every row.
 */
function buildLegalBasis(
  rows: LegalTriageResult["legalBasis"],
  toRow: (basis: LegalTriageResult["legalBasis"][number]) => LegalSectionModel["legalBasis"][number],
): Pick<LegalSectionModel, "legalBasis" | "legalBasisRules"> {
  const built = rows.map(toRow);
  const withRules = rows.filter((basis) => basis.ruleIds.length > 0);
  const first = withRules[0];
  const shared =
    first !== undefined && withRules.every((basis) => basis.ruleIds.join() === first.ruleIds.join());
  if (!shared) return { legalBasis: built, legalBasisRules: [] };
  const sharedRules = built.find((row) => row.rules.length > 0)?.rules ?? [];
  return { legalBasis: built.map((row) => ({ ...row, rules: [] })), legalBasisRules: sharedRules };
}
