import {
  dependentDomain,
  LARGE_SCALE_FROM_RANK,
  vulnerableDomains,
  WP248_LIKELY_FROM,
  wp248Criteria,
  type Wp248CriterionId,
} from "@/content/dpia-criteria";
import type { LocalizedText } from "../schemas/common";
import type { LegalTexts } from "../schemas/legal";
import type { Vocabulary } from "../schemas/vocabulary";
import { fillText } from "./fill-text";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, DpiaCriterion, LegalFinding, LegalTriageResult } from "./types";

type State = DpiaCriterion["state"];

/** "met" when the test holds, "not-met" when the attribute is answered otherwise, else "unknown". */
function check(profile: Profile, attribute: Parameters<typeof profileValues>[1], holds: boolean): State {
  if (holds) return "met";
  return profileValues(profile, attribute) === null ? "unknown" : "not-met";
}

function largeScale(profile: Profile, vocabulary: Vocabulary): State {
  const volume = profileValues(profile, "annual-volume")?.[0];
  const rank = vocabulary
    .find((attribute) => attribute.id === "annual-volume")
    ?.values.find((value) => value.id === volume)?.rank;
  return check(profile, "annual-volume", rank !== undefined && rank >= LARGE_SCALE_FROM_RANK);
}

function vulnerable(profile: Profile): State {
  const caring = vulnerableDomains.some((domain) => profileHas(profile, "domain", domain));
  const dependent =
    profileHas(profile, "domain", dependentDomain) &&
    (profileHas(profile, "audience", "affects-citizens") ||
      profileHas(profile, "audience", "citizens-interact"));
  return check(profile, "domain", caring || dependent);
}

/** How each WP248 criterion is read from the profile; "not-asked" where the tool has no question. */
const criterionState: Record<Wp248CriterionId, (profile: Profile, vocabulary: Vocabulary) => State> = {
  "evaluation-scoring": (profile) => check(profile, "profiling", profileHas(profile, "profiling", "yes")),
  "automated-decision": (profile) =>
    check(profile, "ai-role", profileHas(profile, "ai-role", "automated-decision")),
  "systematic-monitoring": (profile) =>
    check(profile, "ai-role", profileHas(profile, "ai-role", "monitoring-alerts")),
  "sensitive-data": (profile) =>
    check(profile, "personal-data", profileHas(profile, "personal-data", "special-category")),
  "large-scale": largeScale,
  "matching-datasets": () => "not-asked",
  "vulnerable-data-subjects": vulnerable,
  "innovative-technology": () => "met",
  "prevents-right-or-service": (profile) =>
    check(profile, "use-areas", profileHas(profile, "use-areas", "public-benefits")),
};

/** The nine criteria of the EDPB/WP29 guideline WP248 (content), each checked against the profile. */
function checkWp248Criteria(profile: Profile, vocabulary: Vocabulary, cite: Cite): DpiaCriterion[] {
  const ruleIds = cite("dpiaCriteria");
  return wp248Criteria.map(({ id, name, text }) => ({
    id,
    name,
    state: criterionState[id](profile, vocabulary),
    text,
    ruleIds,
  }));
}

/** The criteria's names as one lower-case list per language, for a sentence's {names}. */
function listNames(criteria: readonly DpiaCriterion[]): LocalizedText {
  return {
    da: criteria.map((criterion) => criterion.name.da.toLowerCase()).join(", "),
    en: criteria.map((criterion) => criterion.name.en.toLowerCase()).join(", "),
  };
}

/** The cases that always require a DPIA: Article 35(3)(a)-(b) and Datatilsynet's list. */
function findRequiredGrounds(
  profile: Profile,
  criteria: DpiaCriterion[],
  cite: Cite,
  texts: LegalTexts,
): LegalFinding[] {
  const grounds: LegalFinding[] = [];
  const met = (id: string) => criteria.some((criterion) => criterion.id === id && criterion.state === "met");
  if (met("automated-decision")) {
    grounds.push({
      text: texts.dpia.automatedDecisionGround,
      ruleIds: [...cite("dpia"), ...cite("automatedDecision")],
    });
  }
  if (met("sensitive-data") && met("large-scale")) {
    grounds.push({
      text: texts.dpia.sensitiveLargeScaleGround,
      ruleIds: [...cite("dpia"), ...cite("specialCategories")],
    });
  }
  const others = criteria.filter(
    (criterion) => criterion.id !== "innovative-technology" && criterion.state === "met",
  );
  if (met("innovative-technology") && others.length > 0) {
    grounds.push({
      text: fillText(texts.dpia.datatilsynetListGround, { names: listNames(others) }),
      ruleIds: cite("dpiaList", "dpiaCriteria", "dpia"),
    });
  }
  return grounds;
}

function describeOpenCriteria(criteria: DpiaCriterion[], cite: Cite, texts: LegalTexts): LegalFinding {
  const open = criteria.filter((criterion) => criterion.state === "unknown");
  return {
    text: fillText(texts.dpia.openCriteria, { names: listNames(open) }),
    ruleIds: cite("dpiaList", "dpiaCriteria"),
  };
}

function describeOnlyInnovative(cite: Cite, texts: LegalTexts): LegalFinding {
  return {
    text: texts.dpia.onlyInnovative,
    ruleIds: cite("dpiaCriteria", "dpia"),
  };
}

function describeHighRiskInput(cite: Cite, texts: LegalTexts): LegalFinding {
  return {
    text: texts.dpia.highRiskInput,
    ruleIds: cite("deployerDuties"),
  };
}

/**
 * Whether a data protection impact assessment (GDPR Article 35) is required, likely or not
 * indicated, with the findings behind the status and every WP248 criterion as checked. Without an
 * answer on personal data it is undetermined; with none, not indicated, and the result says why.
 */
export function assessDpia(
  profile: Profile,
  vocabulary: Vocabulary,
  aiActClass: AiActClass,
  cite: Cite,
  texts: LegalTexts,
): LegalTriageResult["dpia"] {
  const personalData = profile.get("personal-data");
  if (personalData?.state === "not-applicable" || profileHas(profile, "personal-data", "none")) {
    return {
      status: "not-indicated",
      criteria: [],
      triggers: [
        {
          text: texts.dpia.noPersonalData,
          ruleIds: cite("dpia"),
        },
      ],
    };
  }
  const criteria = checkWp248Criteria(profile, vocabulary, cite);
  const highRisk = aiActClass === "high-risk-annex-i" || aiActClass === "high-risk-annex-iii";
  const notes = highRisk ? [describeHighRiskInput(cite, texts)] : [];
  if (personalData?.state !== "values") {
    return {
      status: "undetermined",
      criteria,
      triggers: [
        {
          text: texts.dpia.personalDataUnanswered,
          ruleIds: cite("dpia"),
        },
        ...notes,
      ],
    };
  }
  const required = findRequiredGrounds(profile, criteria, cite, texts);
  if (required.length > 0) return { status: "required", criteria, triggers: [...required, ...notes] };
  const metCount = criteria.filter((criterion) => criterion.state === "met").length;
  if (metCount >= WP248_LIKELY_FROM) return { status: "likely", criteria, triggers: notes };
  if (criteria.some((criterion) => criterion.state === "unknown")) {
    return {
      status: "undetermined",
      criteria,
      triggers: [describeOpenCriteria(criteria, cite, texts), ...notes],
    };
  }
  return { status: "not-indicated", criteria, triggers: [describeOnlyInnovative(cite, texts), ...notes] };
}
