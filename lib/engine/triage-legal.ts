import type { Answers } from "../schemas/answers";
import type { LegalContent, LegalDateScope, LegalTexts } from "../schemas/legal";
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

function assessFria(
  annexIii: AiActTriage["annexIii"],
  cite: Cite,
  texts: LegalTexts,
): LegalTriageResult["fria"] {
  // Article 27(1) and Article 49(3) leave out Annex III, point 2 (critical infrastructure).
  const covered = annexIii.areas.filter((area) => area !== "critical-infrastructure");
  if (annexIii.highRisk && covered.length > 0) {
    return {
      applies: true,
      registration: true,
      reasons: [
        {
          text: texts.triage.friaApplies,
          ruleIds: cite("fria"),
        },
        {
          text: texts.triage.registration,
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
          text: texts.triage.friaCriticalInfrastructure,
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
          text: texts.triage.friaIfExceptionFails,
          ruleIds: cite("annexIiiException", "fria", "registration"),
        },
      ],
    };
  }
  return { applies: false, registration: false, reasons: [] };
}

function findAutomatedDecisionFindings(profile: Profile, cite: Cite, texts: LegalTexts): LegalFinding[] {
  if (profileHas(profile, "ai-role", "automated-decision")) {
    return [
      {
        text: texts.triage.automatedDecisionGdpr,
        ruleIds: cite("automatedDecision"),
      },
      {
        text: texts.triage.automatedDecisionAdministrativeLaw,
        ruleIds: cite("administrativeLaw"),
      },
    ];
  }
  if (profileHas(profile, "ai-role", "decision-support")) {
    return [
      {
        text: texts.triage.humanDecides,
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
  const { texts } = content.legal;
  const profile = readProfile(content, answers, visibleIds);
  const aiAct = triageAiAct(profile, content.vocabulary, cite, texts);
  return {
    aiActClass: aiAct.aiActClass,
    aiActReasons: aiAct.aiActReasons,
    transparencyDuties: aiAct.transparencyDuties,
    dpia: assessDpia(profile, content.vocabulary, aiAct.aiActClass, cite, texts),
    // A prohibited system may not be put into use at all, so no deployer duty follows from it.
    fria:
      aiAct.aiActClass === "prohibited"
        ? { applies: false, registration: false, reasons: [] }
        : assessFria(aiAct.annexIii, cite, texts),
    automatedDecision: findAutomatedDecisionFindings(profile, cite, texts),
    legalBasis: assessLegalBasis(profile, lookupAnswers(answers, visibleIds), visibleIds, cite),
    datesToVerify: selectDates(content.legal.dates, findDateScopes(aiAct, profile)),
    legalContentVersion: content.legal.version,
    reviewedOn: content.legal.reviewedOn,
  };
}
