import { biometricAreas, narrowRoles, publicBenefitsArea, roleIsTheUse } from "@/content/ai-act-rules";
import type { LocalizedText } from "../schemas/common";
import type { LegalTexts } from "../schemas/legal";
import type { AttributeId, Vocabulary } from "../schemas/vocabulary";
import { fillText } from "./fill-text";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, LegalFinding } from "./types";

export interface AiActTriage {
  aiActClass: AiActClass;
  aiActReasons: LegalFinding[];
  transparencyDuties: LegalFinding[];
  /** The project's Annex III areas, and whether they make it high-risk (no exception possible). */
  annexIii: { areas: string[]; highRisk: boolean; exceptionMayApply: boolean };
}

export function labelOf(vocabulary: Vocabulary, attribute: AttributeId, valueId: string): LocalizedText {
  const value = vocabulary
    .find((candidate) => candidate.id === attribute)
    ?.values.find((candidate) => candidate.id === valueId);
  return value?.label ?? { da: valueId, en: valueId };
}

function findTransparencyDuties(
  profile: Profile,
  areas: readonly string[],
  cite: Cite,
  texts: LegalTexts,
): LegalFinding[] {
  const duties: LegalFinding[] = [];
  const ruleIds = cite("transparency");
  if (profileHas(profile, "audience", "citizens-interact")) {
    duties.push({ text: texts.aiAct.transparencyCitizens, ruleIds });
  }
  if (profileHas(profile, "technology", "generative-ai")) {
    duties.push({ text: texts.aiAct.transparencyGenerative, ruleIds });
  }
  if (areas.includes("emotion-recognition") || areas.includes("biometric-categorisation")) {
    duties.push({ text: texts.aiAct.transparencyEmotion, ruleIds });
  }
  return duties;
}

function describeAnnexIiiAreas(
  areas: string[],
  vocabulary: Vocabulary,
  cite: Cite,
  texts: LegalTexts,
): LegalFinding[] {
  return areas.map((area) => {
    const label = labelOf(vocabulary, "use-areas", area);
    const point = texts.annexIiiPoints[area] ?? { da: "", en: "" };
    return {
      text: fillText(texts.aiAct.annexIiiArea, { area: label, point }),
      ruleIds: cite(
        "annexIii",
        area === publicBenefitsArea ? "annexIiiPublicBenefits" : "annexIiiOtherAreas",
      ),
    };
  });
}

function finding(text: LocalizedText, ruleIds: string[]): LegalFinding {
  return { text, ruleIds };
}

/**
 * Why the Article 6(3) exception cannot be relied on, or null when it may apply. It is never
 * offered when the role is the listed use itself, for monitoring, for profiling, or while it is
 * unclear whether the system profiles people.
 */
function findExceptionBar(
  profile: Profile,
  annexIiiAreas: readonly string[],
  vocabulary: Vocabulary,
  cite: Cite,
  texts: LegalTexts,
): LegalFinding | null {
  const role = profileValues(profile, "ai-role")?.[0];
  const ruleIds = cite("annexIiiException");
  if (role === undefined) {
    return finding(texts.aiAct.exceptionRoleUnanswered, ruleIds);
  }
  const roleLabel = labelOf(vocabulary, "ai-role", role);
  const biometric = annexIiiAreas.find((area) => biometricAreas.includes(area));
  if (biometric !== undefined) {
    const label = labelOf(vocabulary, "use-areas", biometric);
    return finding(fillText(texts.aiAct.exceptionBiometric, { area: label }), ruleIds);
  }
  if (!narrowRoles.includes(role)) {
    return role === "monitoring-alerts"
      ? finding(texts.aiAct.exceptionMonitoring, ruleIds)
      : finding(fillText(texts.aiAct.exceptionRoleInfluences, { role: roleLabel }), ruleIds);
  }
  const listedUse = annexIiiAreas.find((area) => roleIsTheUse[role]?.includes(area));
  if (listedUse !== undefined) {
    const label = labelOf(vocabulary, "use-areas", listedUse);
    return finding(fillText(texts.aiAct.exceptionRoleIsTheUse, { role: roleLabel, area: label }), ruleIds);
  }
  if (profileHas(profile, "profiling", "yes")) {
    return finding(texts.aiAct.exceptionProfiling, ruleIds);
  }
  if (!profileHas(profile, "profiling", "no")) {
    return finding(texts.aiAct.exceptionProfilingUnsettled, ruleIds);
  }
  return null;
}

function describeExceptionMayApply(
  profile: Profile,
  vocabulary: Vocabulary,
  cite: Cite,
  texts: LegalTexts,
): LegalFinding {
  const role = profileValues(profile, "ai-role")?.[0] ?? "";
  const label = labelOf(vocabulary, "ai-role", role);
  return finding(fillText(texts.aiAct.exceptionMayApply, { role: label }), cite("annexIiiException"));
}

function describeDeployerDuties(cite: Cite, texts: LegalTexts): LegalFinding {
  return finding(texts.aiAct.deployerDuties, cite("deployerDuties"));
}

/** Provider or deployer, from the sourcing answer (Articles 3(3), 16 and 25). */
function describeRole(
  profile: Profile,
  aiActClass: AiActClass,
  cite: Cite,
  texts: LegalTexts,
): LegalFinding[] {
  const highRisk = aiActClass === "high-risk-annex-i" || aiActClass === "high-risk-annex-iii";
  if (!highRisk && aiActClass !== "annex-iii-exception") return [];
  const ruleIds = cite("providerDuties");
  const sourcing = profileValues(profile, "sourcing")?.[0];
  if (sourcing === "build") {
    return [
      highRisk
        ? finding(texts.aiAct.providerHighRisk, ruleIds)
        : finding(texts.aiAct.providerException, [...ruleIds, ...cite("annexIiiException")]),
    ];
  }
  if (sourcing === "buy" || sourcing === "reuse") {
    return [finding(texts.aiAct.deployerBought, ruleIds)];
  }
  return [finding(texts.aiAct.sourcingUnanswered, ruleIds)];
}

function describeLiteracy(cite: Cite, texts: LegalTexts): LegalFinding {
  return finding(texts.aiAct.literacy, cite("aiLiteracy"));
}

function describeVerification(cite: Cite, texts: LegalTexts): LegalFinding {
  return finding(texts.aiAct.biometricVerification, [
    ...cite("annexIiiOtherAreas"),
    ...cite("specialCategories"),
  ]);
}

function describeAnnexI(cite: Cite, texts: LegalTexts): LegalFinding {
  return finding(texts.aiAct.annexI, cite("annexI"));
}

/** Whether the use areas are known: "not applicable" means none of them applies. */
function readUseAreas(profile: Profile): string[] | null {
  const answer = profile.get("use-areas");
  if (answer?.state === "not-applicable") return [];
  return answer?.state === "values" ? answer.values : null;
}

function describeProhibited(
  areas: readonly string[],
  vocabulary: Vocabulary,
  cite: Cite,
  texts: LegalTexts,
): LegalFinding[] {
  return areas
    .filter((area) => Object.hasOwn(texts.prohibitedPractices, area))
    .map((area) => {
      const label = labelOf(vocabulary, "use-areas", area);
      const point = texts.prohibitedPractices[area] ?? { da: "", en: "" };
      return finding(fillText(texts.aiAct.prohibited, { area: label, point }), cite("prohibited"));
    });
}

function classify(
  profile: Profile,
  vocabulary: Vocabulary,
  cite: Cite,
  hasTransparencyDuties: boolean,
  texts: LegalTexts,
): Omit<AiActTriage, "transparencyDuties"> {
  const areas = readUseAreas(profile);
  const annexIiiAreas = (areas ?? []).filter((area) => Object.hasOwn(texts.annexIiiPoints, area));
  const bar =
    annexIiiAreas.length > 0 ? findExceptionBar(profile, annexIiiAreas, vocabulary, cite, texts) : null;
  const exceptionMayApply = annexIiiAreas.length > 0 && bar === null;
  const annexIii = {
    areas: annexIiiAreas,
    highRisk: annexIiiAreas.length > 0 && !exceptionMayApply,
    exceptionMayApply,
  };
  const annexIiiReasons =
    annexIiiAreas.length > 0
      ? [
          ...describeAnnexIiiAreas(annexIiiAreas, vocabulary, cite, texts),
          bar ?? describeExceptionMayApply(profile, vocabulary, cite, texts),
        ]
      : [];
  const verification = areas?.includes("biometric-verification") ? [describeVerification(cite, texts)] : [];

  const prohibited = describeProhibited(areas ?? [], vocabulary, cite, texts);
  if (prohibited.length > 0) {
    return { aiActClass: "prohibited", aiActReasons: prohibited, annexIii };
  }
  if (areas?.includes("medical-device")) {
    return {
      aiActClass: "high-risk-annex-i",
      aiActReasons: [
        describeAnnexI(cite, texts),
        ...annexIiiReasons,
        ...verification,
        describeDeployerDuties(cite, texts),
      ],
      annexIii,
    };
  }
  if (annexIiiAreas.length > 0) {
    return exceptionMayApply
      ? { aiActClass: "annex-iii-exception", aiActReasons: [...annexIiiReasons, ...verification], annexIii }
      : {
          aiActClass: "high-risk-annex-iii",
          aiActReasons: [...annexIiiReasons, ...verification, describeDeployerDuties(cite, texts)],
          annexIii,
        };
  }
  if (areas === null) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [finding(texts.aiAct.useAreasUnanswered, cite("prohibited", "annexI", "annexIii"))],
      annexIii,
    };
  }
  if (hasTransparencyDuties) {
    return {
      aiActClass: "transparency",
      aiActReasons: [finding(texts.aiAct.transparencyClass, cite("transparency")), ...verification],
      annexIii,
    };
  }
  if (!profileValues(profile, "audience") || !profileValues(profile, "technology")) {
    return {
      aiActClass: "undetermined",
      aiActReasons: [finding(texts.aiAct.transparencyUnanswered, cite("transparency"))],
      annexIii,
    };
  }
  return {
    aiActClass: "minimal",
    aiActReasons: [finding(texts.aiAct.minimal, cite("minimalRisk")), ...verification],
    annexIii,
  };
}

/**
 * The indicative AI Act class from the project profile, with its reasons. Transparency duties
 * (Article 50) are listed whatever the class; the provider or deployer role follows a high-risk
 * class, and Article 4 (AI literacy) always closes the reasons.
 */
export function triageAiAct(
  profile: Profile,
  vocabulary: Vocabulary,
  cite: Cite,
  texts: LegalTexts,
): AiActTriage {
  const areas = readUseAreas(profile) ?? [];
  const transparencyDuties = findTransparencyDuties(profile, areas, cite, texts);
  const classified = classify(profile, vocabulary, cite, transparencyDuties.length > 0, texts);
  return {
    ...classified,
    aiActReasons: [
      ...classified.aiActReasons,
      ...describeRole(profile, classified.aiActClass, cite, texts),
      describeLiteracy(cite, texts),
    ],
    transparencyDuties: classified.aiActClass === "prohibited" ? [] : transparencyDuties,
  };
}
