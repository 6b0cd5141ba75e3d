import type { Answers } from "../schemas/answers";
import type { LegalContent, LegalDateScope } from "../schemas/legal";
import { assessDpia } from "./assess-dpia";
import { lookupAnswers, visibleQuestionIds } from "./conditions";
import { createCite, type Cite } from "./legal-rule-ids";
import { profileHas, readProfile, type Profile } from "./read-profile";
import { triageAiAct, type AiActTriage } from "./triage-ai-act";
import type { LegalFinding, LegalPhase, LegalTriageResult, EngineContent } from "./types";

/** The scored questions that ask about the legal basis in each phase. */
export const LEGAL_BASIS_QUESTIONS: Readonly<Record<LegalPhase, string>> = {
  development: "legal-basis-development",
  validation: "legal-basis-validation",
  operation: "legal-basis-operation",
  retraining: "legal-basis-retraining",
};

const LEGAL_BASIS_OPTIONS = ["not-examined", "in-progress", "clarified"] as const;
type LegalBasisStatus = LegalTriageResult["legalBasis"][number]["status"];

function assessFria(annexIii: AiActTriage["annexIii"], cite: Cite): LegalTriageResult["fria"] {
  // Article 27(1) and Article 49(3) leave out Annex III, point 2 (critical infrastructure).
  const covered = annexIii.areas.filter((area) => area !== "critical-infrastructure");
  if (annexIii.highRisk && covered.length > 0) {
    return {
      applies: true,
      registration: true,
      reasons: [
        {
          text: {
            da: "Som offentlig myndighed, der tager et højrisikosystem efter bilag III (undtagen punkt 2, kritisk infrastruktur) i brug, skal I vurdere konsekvenserne for grundlæggende rettigheder før første brug (artikel 27). Vurderingen supplerer konsekvensanalysen efter databeskyttelsesforordningen.",
            en: "As a public body deploying a high-risk system under Annex III (except point 2, critical infrastructure), you must assess its impact on fundamental rights before first use (Article 27). The assessment complements the DPIA under the GDPR.",
          },
          ruleIds: cite("fria"),
        },
        {
          text: {
            da: "I skal også registrere jer og jeres brug af systemet i EU's database, før det tages i brug (artikel 49, stk. 3).",
            en: "You must also register yourselves and your use of the system in the EU database before it is put into use (Article 49(3)).",
          },
          ruleIds: cite("registration"),
        },
      ],
    };
  }
  if (annexIii.highRisk) {
    return {
      applies: false,
      registration: false,
      reasons: [
        {
          text: {
            da: "Højrisikosystemer under bilag III, punkt 2 (kritisk infrastruktur), er ikke omfattet af pligten til en konsekvensanalyse for grundlæggende rettigheder (artikel 27, stk. 1) eller af idriftsætterens registrering i EU's database (artikel 49, stk. 3).",
            en: "High-risk systems under Annex III, point 2 (critical infrastructure), are not covered by the duty to assess the impact on fundamental rights (Article 27(1)) or by the deployer's registration in the EU database (Article 49(3)).",
          },
          ruleIds: cite("fria", "registration"),
        },
      ],
    };
  }
  if (annexIii.exceptionMayApply) {
    return {
      applies: false,
      registration: false,
      reasons: [
        {
          text: {
            da: "Hvis undtagelsen i artikel 6, stk. 3, ikke holder, er systemet et højrisikosystem efter bilag III, og så skal I lave en konsekvensanalyse for grundlæggende rettigheder (artikel 27) og registrere brugen (artikel 49, stk. 3) før første brug.",
            en: "If the Article 6(3) exception does not hold, the system is high-risk under Annex III, and you must then assess its impact on fundamental rights (Article 27) and register its use (Article 49(3)) before first use.",
          },
          ruleIds: cite("annexIiiException", "fria", "registration"),
        },
      ],
    };
  }
  return { applies: false, registration: false, reasons: [] };
}

function findAutomatedDecisionFindings(profile: Profile, cite: Cite): LegalFinding[] {
  if (profileHas(profile, "ai-role", "automated-decision")) {
    return [
      {
        text: {
          da: "Afgørelser, som AI'en træffer alene, og som har retsvirkning eller tilsvarende betydelig virkning for borgeren, er kun tilladt inden for de snævre undtagelser i databeskyttelsesforordningens artikel 22, fx når EU-retten eller dansk ret giver hjemmel med passende garantier.",
          en: "Decisions that the AI makes on its own, with legal or similarly significant effects for the citizen, are only allowed within the narrow exceptions in GDPR Article 22, e.g. when Union or Danish law authorises them with suitable safeguards.",
        },
        ruleIds: cite("automatedDecision"),
      },
      {
        text: {
          da: "En automatisk afgørelse er stadig en afgørelse efter forvaltningsloven: borgeren har krav på begrundelse og partshøring, og sagsbehandlingen skal leve op til lovens regler.",
          en: "An automated decision is still a decision under forvaltningsloven (the Danish Public Administration Act): the citizen is entitled to reasons and to be heard, and the case handling must meet the Act's rules.",
        },
        ruleIds: cite("administrativeLaw"),
      },
    ];
  }
  if (profileHas(profile, "ai-role", "decision-support")) {
    return [
      {
        text: {
          da: "Et menneske træffer afgørelsen, som i to af katalogets cases (Region Hovedstaden og Skatteforvaltningen); hos ATP bevilges flere sager »rent digitalt«. Sørg for, at personen reelt vurderer hver sag og kan tilsidesætte AI'ens forslag; ellers kan afgørelsen i praksis blive automatisk (databeskyttelsesforordningens artikel 22).",
          en: "A person makes the decision, as in two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen); at ATP more cases are granted “purely digitally”. Make sure that the person genuinely assesses each case and can overrule the AI's suggestion; otherwise the decision may in practice become automated (GDPR Article 22).",
        },
        ruleIds: cite("automatedDecision", "administrativeLaw"),
      },
    ];
  }
  return [];
}

function readLegalBasisStatus(
  questionId: string,
  lookup: ReturnType<typeof lookupAnswers>,
  noPersonalData: boolean,
): LegalBasisStatus {
  if (noPersonalData) return "not-needed";
  const answer = lookup(questionId);
  if (!answer || answer.type === "options") return "unanswered";
  if (answer.type === "dont-know") return "unknown";
  if (answer.type === "not-applicable") return "not-needed";
  return LEGAL_BASIS_OPTIONS.find((option) => option === answer.value) ?? "unanswered";
}

function assessLegalBasis(
  profile: Profile,
  lookup: ReturnType<typeof lookupAnswers>,
  visibleIds: ReadonlySet<string>,
  cite: Cite,
): LegalTriageResult["legalBasis"] {
  const personalData = profile.get("personal-data");
  const noPersonalData =
    personalData?.state === "not-applicable" || profileHas(profile, "personal-data", "none");
  const citations = profileHas(profile, "personal-data", "special-category")
    ? cite("publicTask", "specialCategories", "basisPerPhase", "aiBasisBill")
    : cite("publicTask", "basisPerPhase", "aiBasisBill");
  // Validating a bought model on your own data is a phase of its own only when the model is bought.
  const phases: LegalPhase[] = ["development", "validation", "operation", "retraining"].filter(
    (phase): phase is LegalPhase =>
      phase !== "validation" ||
      profileHas(profile, "sourcing", "buy") ||
      profileHas(profile, "sourcing", "reuse"),
  );
  return phases.map((phase) => {
    const questionId = LEGAL_BASIS_QUESTIONS[phase];
    const status = readLegalBasisStatus(questionId, lookup, noPersonalData);
    return { phase, status, questionId, ruleIds: status === "not-needed" ? [] : citations };
  });
}

/** What the project's dates concern, from its class and profile; null when every date may apply. */
function findDateScopes(aiAct: AiActTriage, profile: Profile): Set<LegalDateScope> | null {
  if (aiAct.aiActClass === "undetermined") return null;
  const scopes = new Set<LegalDateScope>(["every-ai-system"]);
  const areas = profile.get("use-areas");
  const chosen = areas?.state === "values" ? areas.values : [];
  if (aiAct.aiActClass === "prohibited") scopes.add("prohibited");
  if (chosen.includes("intimate-image-generation") || profileHas(profile, "technology", "generative-ai")) {
    scopes.add("intimate-image-ban");
  }
  if (aiAct.transparencyDuties.length > 0) scopes.add("transparency");
  if (profileHas(profile, "technology", "generative-ai")) scopes.add("generative-marking");
  const annexIii = aiAct.aiActClass === "high-risk-annex-iii" || aiAct.aiActClass === "annex-iii-exception";
  if (annexIii || (aiAct.aiActClass === "high-risk-annex-i" && aiAct.annexIii.areas.length > 0)) {
    scopes.add("high-risk-annex-iii");
  }
  if (aiAct.aiActClass === "high-risk-annex-i") scopes.add("high-risk-annex-i");
  if (annexIii || aiAct.aiActClass === "high-risk-annex-i") {
    scopes.add("high-risk-public-authority");
    if (profileHas(profile, "sourcing", "build")) scopes.add("sandboxes");
  }
  return scopes;
}

/** The ids of the dates that concern the project, in date order. */
function selectDates(dates: LegalContent["dates"], scopes: Set<LegalDateScope> | null): string[] {
  return dates
    .filter((date) => scopes === null || date.appliesTo.some((scope) => scopes.has(scope)))
    .toSorted((a, b) => a.date.localeCompare(b.date))
    .map((date) => date.id);
}

/**
 * The legal triage: an indication, not legal advice. The AI Act class, transparency duties, DPIA,
 * FRIA and registration, automated decisions and the legal basis per phase, from the shown answers,
 * each with the rules it relies on; and the dated facts the user should verify.
 */
export function triageLegal(
  content: Pick<EngineContent, "questions" | "vocabulary" | "legal">,
  answers: Answers,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): LegalTriageResult {
  const cite = createCite(content.legal.rules);
  const profile = readProfile(content, answers, visibleIds);
  const aiAct = triageAiAct(profile, content.vocabulary, cite);
  return {
    aiActClass: aiAct.aiActClass,
    aiActReasons: aiAct.aiActReasons,
    transparencyDuties: aiAct.transparencyDuties,
    dpia: assessDpia(profile, content.vocabulary, aiAct.aiActClass, cite),
    // A prohibited system may not be put into use at all, so no deployer duty follows from it.
    fria:
      aiAct.aiActClass === "prohibited"
        ? { applies: false, registration: false, reasons: [] }
        : assessFria(aiAct.annexIii, cite),
    automatedDecision: findAutomatedDecisionFindings(profile, cite),
    legalBasis: assessLegalBasis(profile, lookupAnswers(answers, visibleIds), visibleIds, cite),
    datesToVerify: selectDates(content.legal.dates, findDateScopes(aiAct, profile)),
    legalContentVersion: content.legal.version,
    reviewedOn: content.legal.reviewedOn,
  };
}
