import type { Vocabulary } from "../schemas/vocabulary";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, LegalFinding, LegalTriageResult } from "./types";

/** Volumes from this rank up (10,000 cases a year or more) count as large scale. */
const LARGE_SCALE_FROM_RANK = 2;
/** WP248: meeting two or more of its criteria makes a DPIA likely. */
const WP248_LIKELY_FROM = 2;

function isLargeScale(profile: Profile, vocabulary: Vocabulary): boolean {
  const volume = profileValues(profile, "annual-volume")?.[0];
  const rank = vocabulary
    .find((attribute) => attribute.id === "annual-volume")
    ?.values.find((value) => value.id === volume)?.rank;
  return rank !== undefined && rank >= LARGE_SCALE_FROM_RANK;
}

function hasAny(profile: Profile, attribute: "technology" | "domain", values: string[]): boolean {
  return values.some((value) => profileHas(profile, attribute, value));
}

/** The Article 35(3) cases and the high-risk AI case: any one makes a DPIA required. */
function findRequiredTriggers(
  profile: Profile,
  vocabulary: Vocabulary,
  aiActClass: AiActClass,
  cite: Cite,
): LegalFinding[] {
  const triggers: LegalFinding[] = [];
  const dpia = cite("dpia", "dpiaList");
  if (profileHas(profile, "ai-role", "automated-decision")) {
    triggers.push({
      text: {
        da: "AI'en træffer automatiske afgørelser om personer på grundlag af personoplysninger: en systematisk og omfattende vurdering med retsvirkning eller tilsvarende betydelig virkning (artikel 35, stk. 3, litra a).",
        en: "The AI makes automated decisions about people on the basis of personal data: a systematic and extensive evaluation with legal or similarly significant effects (Article 35(3)(a)).",
      },
      ruleIds: [...dpia, ...cite("automatedDecision")],
    });
  }
  if (profileHas(profile, "personal-data", "special-category") && isLargeScale(profile, vocabulary)) {
    triggers.push({
      text: {
        da: "Følsomme oplysninger i stort omfang (10.000 sager eller flere om året): behandling af særlige kategorier af oplysninger i stor skala (artikel 35, stk. 3, litra b).",
        en: "Special categories of personal data in large volume (10,000 cases or more a year): processing of special categories on a large scale (Article 35(3)(b)).",
      },
      ruleIds: [...dpia, ...cite("specialCategories")],
    });
  }
  if (
    profileHas(profile, "ai-role", "monitoring-alerts") &&
    profileHas(profile, "data-types", "images-video")
  ) {
    triggers.push({
      text: {
        da: "Løsningen overvåger personer systematisk med billeder eller video. Artikel 35, stk. 3, litra c, kræver en konsekvensanalyse ved systematisk overvågning i stor skala af offentligt tilgængelige områder; regn med, at kameraovervågning af personer er omfattet, indtil jeres databeskyttelsesrådgiver har vurderet det.",
        en: "The solution monitors people systematically with images or video. Article 35(3)(c) requires a DPIA for large-scale systematic monitoring of publicly accessible areas; treat camera monitoring of people as covered until your data protection officer has assessed it.",
      },
      ruleIds: dpia,
    });
  }
  if (aiActClass === "high-risk-annex-i" || aiActClass === "high-risk-annex-iii") {
    triggers.push({
      text: {
        da: "Et højrisiko-AI-system, der behandler personoplysninger: AI-forordningen forudsætter, at idriftsætteren laver en konsekvensanalyse med udgangspunkt i leverandørens oplysninger (artikel 26, stk. 9).",
        en: "A high-risk AI system that processes personal data: the AI Act expects the deployer to carry out a DPIA using the provider's information (Article 26(9)).",
      },
      ruleIds: [...dpia, ...cite("deployerDuties")],
    });
  }
  return triggers;
}

/** The criteria of the EDPB/WP29 guideline WP248 that the profile shows. */
function findWp248Criteria(profile: Profile, vocabulary: Vocabulary, cite: Cite): LegalFinding[] {
  const ruleIds = cite("dpiaCriteria", "dpia");
  const criteria: { fires: boolean; da: string; en: string }[] = [
    {
      fires: profileHas(profile, "profiling", "yes"),
      da: "Evaluering eller scoring: løsningen vurderer personlige forhold hos enkeltpersoner (profilering).",
      en: "Evaluation or scoring: the solution assesses personal aspects of individuals (profiling).",
    },
    {
      fires: profileHas(profile, "ai-role", "automated-decision"),
      da: "Automatisk afgørelse med retsvirkning eller tilsvarende betydelig virkning.",
      en: "Automated decision with legal or similarly significant effect.",
    },
    {
      fires: profileHas(profile, "ai-role", "monitoring-alerts"),
      da: "Systematisk overvågning: løsningen holder øje med personer og slår alarm.",
      en: "Systematic monitoring: the solution watches people and raises alerts.",
    },
    {
      fires: profileHas(profile, "personal-data", "special-category"),
      da: "Følsomme oplysninger: særlige kategorier som helbredsoplysninger.",
      en: "Sensitive data: special categories such as health data.",
    },
    {
      fires: isLargeScale(profile, vocabulary),
      da: "Stor skala: 10.000 sager eller flere om året.",
      en: "Large scale: 10,000 cases or more a year.",
    },
    {
      fires:
        hasAny(profile, "domain", ["elderly-care", "health"]) ||
        (profileHas(profile, "domain", "social-benefits") &&
          (profileHas(profile, "audience", "affects-citizens") ||
            profileHas(profile, "audience", "citizens-interact"))),
      da: "Sårbare registrerede: patienter, ældre i pleje eller borgere, der er afhængige af ydelser.",
      en: "Vulnerable data subjects: patients, elderly people in care or citizens who depend on benefits.",
    },
    {
      fires: hasAny(profile, "technology", ["deep-learning", "generative-ai", "computer-vision"]),
      da: "Ny teknologi: deep learning, generativ AI eller computer vision.",
      en: "Innovative technology: deep learning, generative AI or computer vision.",
    },
    {
      fires: profileHas(profile, "use-areas", "public-benefits"),
      da: "Adgang til en ydelse: løsningen bruges til at vurdere borgeres ret til ydelser eller tjenester.",
      en: "Access to a service: the solution is used to assess citizens' eligibility for benefits or services.",
    },
  ];
  return criteria
    .filter((criterion) => criterion.fires)
    .map((criterion) => ({ text: { da: criterion.da, en: criterion.en }, ruleIds }));
}

/**
 * Whether a data protection impact assessment (GDPR Article 35) is required, likely or not
 * indicated. Without an answer on personal data it is undetermined; with none, not indicated.
 * Every criterion that fired is listed, also the WP248 ones when the DPIA is already required.
 */
export function assessDpia(
  profile: Profile,
  vocabulary: Vocabulary,
  aiActClass: AiActClass,
  cite: Cite,
): LegalTriageResult["dpia"] {
  const personalData = profile.get("personal-data");
  if (personalData?.state === "not-applicable" || profileHas(profile, "personal-data", "none")) {
    return { status: "not-indicated", triggers: [] };
  }
  if (personalData?.state !== "values") return { status: "undetermined", triggers: [] };
  const required = findRequiredTriggers(profile, vocabulary, aiActClass, cite);
  const criteria = findWp248Criteria(profile, vocabulary, cite);
  const status =
    required.length > 0 ? "required" : criteria.length >= WP248_LIKELY_FROM ? "likely" : "not-indicated";
  return { status, triggers: [...required, ...criteria] };
}
