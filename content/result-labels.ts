import type {
  AdviceCheckResult,
  AiActClass,
  AssessmentResult,
  DpiaCriterion,
  LegalTriageResult,
} from "@/lib/engine/types";
import type { LegalDate } from "@/lib/schemas/legal";
import type { Locale, LocalizedText } from "@/lib/schemas/common";
import type { ActionOwnerId, PlanGateId } from "@/lib/schemas/framework";

/** Labels for the engine's result values, shared by the results page, the PDF and the CLI. */
export const aiActClassLabels: Record<AiActClass, LocalizedText> = {
  prohibited: { da: "Forbudt praksis (artikel 5)", en: "Prohibited practice (Article 5)" },
  "high-risk-annex-i": {
    da: "Højrisiko: produktsikkerhed (artikel 6, stk. 1, og bilag I)",
    en: "High-risk: product safety (Article 6(1) and Annex I)",
  },
  "high-risk-annex-iii": {
    da: "Højrisiko: anvendelsesområde i bilag III (artikel 6, stk. 2)",
    en: "High-risk: area of use in Annex III (Article 6(2))",
  },
  "annex-iii-exception": {
    da: "Bilag III-område, men undtagelsen i artikel 6, stk. 3, kan finde anvendelse",
    en: "Annex III area, but the Article 6(3) exception may apply",
  },
  transparency: { da: "Gennemsigtighedskrav (artikel 50)", en: "Transparency duties (Article 50)" },
  minimal: { da: "Minimal risiko", en: "Minimal risk" },
  undetermined: {
    da: "Kan ikke vurderes endnu: besvar profilspørgsmålene",
    en: "Cannot be assessed yet: answer the profile questions",
  },
};

export const dpiaStatusLabels: Record<LegalTriageResult["dpia"]["status"], LocalizedText> = {
  required: { da: "Konsekvensanalyse (DPIA) er påkrævet", en: "A DPIA is required" },
  likely: { da: "Konsekvensanalyse (DPIA) er sandsynligvis påkrævet", en: "A DPIA is likely to be required" },
  "not-indicated": {
    da: "Ikke nødvendigvis påkrævet – vurder det med jeres databeskyttelsesrådgiver",
    en: "Not necessarily required – assess it with your data protection officer",
  },
  undetermined: {
    da: "Kan ikke afgøres endnu: besvar de spørgsmål, der mangler",
    en: "Cannot be decided yet: answer the missing questions",
  },
};

export const legalBasisStatusLabels: Record<
  LegalTriageResult["legalBasis"][number]["status"],
  LocalizedText
> = {
  clarified: { da: "Afklaret", en: "Clarified" },
  "in-progress": { da: "Under afklaring", en: "Being clarified" },
  "not-examined": { da: "Ikke undersøgt", en: "Not examined" },
  unknown: { da: "Ved ikke", en: "Don't know" },
  "not-needed": { da: "Ikke nødvendigt (ingen personoplysninger)", en: "Not needed (no personal data)" },
  unanswered: { da: "Ikke besvaret", en: "Not answered" },
};

export const legalPhaseLabels: Record<LegalTriageResult["legalBasis"][number]["phase"], LocalizedText> = {
  development: { da: "Udvikling og træning", en: "Development and training" },
  validation: {
    da: "Afprøvning af en købt model på egne data",
    en: "Validating a bought model on your own data",
  },
  operation: { da: "Drift", en: "Operation" },
  retraining: { da: "Gentræning", en: "Retraining" },
};

export const adviceOutcomeLabels: Record<AdviceCheckResult["outcome"], LocalizedText> = {
  pass: { da: "Fulgt", en: "Followed" },
  warn: { da: "Delvist fulgt", en: "Partly followed" },
  fail: { da: "Ikke fulgt", en: "Not followed" },
  "not-enough-answers": { da: "Ikke nok svar", en: "Not enough answers" },
};

export const notEnoughAnswers: LocalizedText = { da: "Ikke nok svar", en: "Not enough answers" };

export const legalDisclaimer: LocalizedText = {
  da: "Den juridiske screening er vejledende og ikke juridisk rådgivning. Få den efterprøvet af jeres jurister og databeskyttelsesrådgiver (DPO).",
  en: "The legal triage is an indication, not legal advice. Have it checked by your legal staff and data protection officer (DPO).",
};

/** Whether a WP248 criterion is met, as shown beside it in the DPIA check. */
export const dpiaCriterionStateLabels: Record<DpiaCriterion["state"], LocalizedText> = {
  met: { da: "Opfyldt", en: "Met" },
  "not-met": { da: "Ikke opfyldt", en: "Not met" },
  unknown: { da: "Ikke afklaret", en: "Not settled" },
  "not-asked": { da: "Vurder selv", en: "Assess yourselves" },
};

/** The heading of the DPIA criteria list. */
export const dpiaCriteriaHeading: LocalizedText = {
  da: "Kriterier, der er tjekket (WP248)",
  en: "Criteria checked (WP248)",
};

/** What a legal date's status means, the same on the web page, in the report and in the CLI. */
export const legalDateStatusLabels: Record<LegalDate["status"], LocalizedText> = {
  "in-force": { da: "Gælder", en: "In force" },
  scheduled: { da: "Fastsat ved lov", en: "Set in law" },
  proposed: { da: "Foreslået", en: "Proposed" },
};

/** When a legal date was last checked against its source; {date} is filled in. */
export const legalDateCheckedLabel: LocalizedText = {
  da: "sidst kontrolleret {date}",
  en: "last checked {date}",
};

/** Shown under the legal-basis table when every phase rests on the same rules. */
export const legalBasisSharedRulesLabel: LocalizedText = {
  da: "Alle faser bygger på",
  en: "Every phase rests on",
};

/** Shown instead of a readiness level while there are too few answers to judge. */
export const notEnoughAnswersYet: LocalizedText = {
  da: "Ikke nok svar endnu",
  en: "Not enough answers yet",
};

/** Put before the readiness level while shown questions are unanswered. */
export const provisionalLabel: LocalizedText = { da: "Foreløbig", en: "Provisional" };

/** The improvement plan's groups, in the order they must be done. */
export const planGateLabels: Record<PlanGateId, LocalizedText> = {
  "before-go-on": { da: "Før I går videre", en: "Before you go on" },
  "before-procurement-pilot": { da: "Før indkøb eller pilot", en: "Before procurement or the pilot" },
  "before-operation-scaling": { da: "Før drift og udbredelse", en: "Before operation and scaling" },
};

/** Who usually owns an action. */
export const actionOwnerLabels: Record<ActionOwnerId, LocalizedText> = {
  management: { da: "Ledelsen", en: "Management" },
  "project-lead": { da: "Projektlederen", en: "Project manager" },
  "legal-dpo": { da: "Jurist/DPO", en: "Lawyer/DPO" },
  "data-owner": { da: "Dataejeren", en: "Data owner" },
  "information-security": { da: "Informationssikkerhed", en: "Information security" },
  procurement: { da: "Indkøb", en: "Procurement" },
  "domain-expert": { da: "Fagperson", en: "Domain expert" },
  "it-operations": { da: "It-drift", en: "IT operations" },
};

/** "Ansvarlig: Jurist/DPO", "Owner: Lawyer/DPO". */
export const actionOwnerPrefix: LocalizedText = { da: "Ansvarlig", en: "Owner" };

/**
 * The readiness level as text: "Foreløbig: Tidligt stadie" while questions are unanswered, and
 * "Ikke nok svar endnu" without a level. The same on the web page, in the PDF and in the CLI.
 */
export function describeLevel(
  overall: Pick<AssessmentResult["overall"], "level" | "provisional">,
  levels: readonly { id: string; label: LocalizedText }[],
  locale: Locale,
): string {
  const level = levels.find((entry) => entry.id === overall.level);
  if (!level) return notEnoughAnswersYet[locale];
  return overall.provisional ? `${provisionalLabel[locale]}: ${level.label[locale]}` : level.label[locale];
}
