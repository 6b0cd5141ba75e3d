import type { AdviceCheckResult, AiActClass, LegalTriageResult } from "@/lib/engine/types";
import type { LocalizedText } from "@/lib/schemas/common";

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
  "not-indicated": { da: "Intet tegn på, at en DPIA er påkrævet", en: "No sign that a DPIA is required" },
  undetermined: {
    da: "Kan ikke vurderes: angiv om der behandles personoplysninger",
    en: "Cannot be assessed: state whether personal data is processed",
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
