import type { LegalRule } from "../schemas/legal";

/**
 * The legal rules the triage cites, by the ids they have in content.legal.rules. Kept in one place
 * so content and engine agree; a rule missing from the content is left out of the citations
 * rather than shown as a dead reference.
 */
export const LEGAL_RULE_IDS = {
  aiLiteracy: "ai-act-art-4",
  prohibited: "ai-act-art-5",
  annexI: "ai-act-art-6-1-annex-i",
  annexIii: "ai-act-art-6-2-annex-iii",
  annexIiiPublicBenefits: "ai-act-annex-iii-5a",
  annexIiiOtherAreas: "ai-act-annex-iii-areas",
  annexIiiException: "ai-act-art-6-3",
  minimalRisk: "ai-act-minimal-risk",
  deployerDuties: "ai-act-art-26",
  providerDuties: "ai-act-provider",
  digitalOmnibus: "ai-act-digital-omnibus",
  fria: "ai-act-art-27",
  registration: "ai-act-art-49-3",
  transparency: "ai-act-art-50",
  publicTask: "gdpr-art-6-1-e",
  specialCategories: "gdpr-art-9-2",
  automatedDecision: "gdpr-art-22",
  dpia: "gdpr-art-35",
  dpiaCriteria: "wp248-criteria",
  dpiaList: "datatilsynet-dpia-list",
  administrativeLaw: "forvaltningsloven",
  basisPerPhase: "datatilsynet-2023-ai-basis",
  aiBasisBill: "dk-ai-basis-bill",
  processor: "gdpr-art-28",
  vendorContract: "vendor-contract",
  records: "offentlighedsloven-records",
  archives: "arkivloven",
} as const;

export type LegalRuleKey = keyof typeof LEGAL_RULE_IDS;

/** Cites rules by key: the ids of those that exist in the content, in the order given. */
export type Cite = (...keys: LegalRuleKey[]) => string[];

export function createCite(rules: readonly Pick<LegalRule, "id">[]): Cite {
  const known = new Set(rules.map((rule) => rule.id));
  return (...keys) => keys.map((key) => LEGAL_RULE_IDS[key]).filter((id) => known.has(id));
}
