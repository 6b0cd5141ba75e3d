import type { Vocabulary } from "../schemas/vocabulary";
import type { Cite } from "./legal-rule-ids";
import { profileHas, profileValues, type Profile } from "./read-profile";
import type { AiActClass, DpiaCriterion, LegalFinding, LegalTriageResult } from "./types";

/**
 * The tool's own threshold for "large scale": 10,000 cases a year or more (volume rank 2 and up).
 * WP248 sets no number.
 */
const LARGE_SCALE_FROM_RANK = 2;

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
  const caring = ["elderly-care", "health"].some((domain) => profileHas(profile, "domain", domain));
  const dependent =
    profileHas(profile, "domain", "social-benefits") &&
    (profileHas(profile, "audience", "affects-citizens") ||
      profileHas(profile, "audience", "citizens-interact"));
  return check(profile, "domain", caring || dependent);
}

/** The nine criteria of the EDPB/WP29 guideline WP248, each checked against the profile. */
function checkWp248Criteria(profile: Profile, vocabulary: Vocabulary, cite: Cite): DpiaCriterion[] {
  const ruleIds = cite("dpiaCriteria");
  const criteria: Omit<DpiaCriterion, "ruleIds">[] = [
    {
      id: "evaluation-scoring",
      name: { da: "Evaluering eller scoring", en: "Evaluation or scoring" },
      state: check(profile, "profiling", profileHas(profile, "profiling", "yes")),
      text: {
        da: "Evaluering eller scoring: løsningen vurderer personlige forhold hos enkeltpersoner (profilering).",
        en: "Evaluation or scoring: the solution assesses personal aspects of individuals (profiling).",
      },
    },
    {
      id: "automated-decision",
      name: { da: "Automatisk afgørelse", en: "Automated decision" },
      state: check(profile, "ai-role", profileHas(profile, "ai-role", "automated-decision")),
      text: {
        da: "Automatisk afgørelse med retsvirkning eller tilsvarende betydelig virkning.",
        en: "Automated decision with legal or similarly significant effect.",
      },
    },
    {
      id: "systematic-monitoring",
      name: { da: "Systematisk overvågning", en: "Systematic monitoring" },
      state: check(profile, "ai-role", profileHas(profile, "ai-role", "monitoring-alerts")),
      text: {
        da: "Systematisk overvågning: løsningen holder øje med personer. Sker det i stort omfang på offentligt tilgængelige områder, er en konsekvensanalyse altid påkrævet (artikel 35, stk. 3, litra c).",
        en: "Systematic monitoring: the solution watches people. If it covers publicly accessible areas on a large scale, a DPIA is always required (Article 35(3)(c)).",
      },
    },
    {
      id: "sensitive-data",
      name: { da: "Følsomme oplysninger", en: "Sensitive data" },
      state: check(profile, "personal-data", profileHas(profile, "personal-data", "special-category")),
      text: {
        da: "Følsomme oplysninger: særlige kategorier som helbredsoplysninger.",
        en: "Sensitive data: special categories such as health data.",
      },
    },
    {
      id: "large-scale",
      name: { da: "Stor skala", en: "Large scale" },
      state: largeScale(profile, vocabulary),
      text: {
        da: "Stor skala: 10.000 sager eller flere om året (værktøjets egen tærskel; WP248 sætter ikke et tal).",
        en: "Large scale: 10,000 cases or more a year (the tool's own threshold; WP248 sets no number).",
      },
    },
    {
      id: "matching-datasets",
      name: { da: "Samkøring af datasæt", en: "Matching datasets" },
      state: "not-asked",
      text: {
        da: "Samkøring af datasæt fra forskellige formål eller dataansvarlige: værktøjet spørger ikke om det, så vurder det selv.",
        en: "Matching or combining datasets from different purposes or controllers: the tool does not ask about it, so assess it yourselves.",
      },
    },
    {
      id: "vulnerable-data-subjects",
      name: { da: "Sårbare registrerede", en: "Vulnerable data subjects" },
      state: vulnerable(profile),
      text: {
        da: "Sårbare registrerede: patienter, ældre i pleje eller borgere, der er afhængige af ydelser.",
        en: "Vulnerable data subjects: patients, elderly people in care or citizens who depend on benefits.",
      },
    },
    {
      id: "innovative-technology",
      name: { da: "Ny teknologi", en: "Innovative technology" },
      state: "met",
      text: {
        da: "Ny teknologi: løsningen bruger AI, og Datatilsynet regner AI og maskinlæring som innovativ teknologi.",
        en: "Innovative technology: the solution uses AI, and Datatilsynet counts AI and machine learning as innovative technology.",
      },
    },
    {
      id: "prevents-right-or-service",
      name: { da: "Adgang til en ydelse", en: "Access to a service" },
      state: check(profile, "use-areas", profileHas(profile, "use-areas", "public-benefits")),
      text: {
        da: "Adgang til en ydelse: løsningen bruges til at vurdere borgeres ret til ydelser eller tjenester.",
        en: "Access to a service: the solution is used to assess citizens' eligibility for benefits or services.",
      },
    },
  ];
  return criteria.map((criterion) => ({ ...criterion, ruleIds }));
}

/** The cases that always require a DPIA: Article 35(3)(a)-(b) and Datatilsynet's list. */
function findRequiredGrounds(profile: Profile, criteria: DpiaCriterion[], cite: Cite): LegalFinding[] {
  const grounds: LegalFinding[] = [];
  const met = (id: string) => criteria.some((criterion) => criterion.id === id && criterion.state === "met");
  if (met("automated-decision")) {
    grounds.push({
      text: {
        da: "AI'en træffer automatiske afgørelser om personer på grundlag af personoplysninger: en systematisk og omfattende vurdering med retsvirkning eller tilsvarende betydelig virkning (artikel 35, stk. 3, litra a).",
        en: "The AI makes automated decisions about people on the basis of personal data: a systematic and extensive evaluation with legal or similarly significant effects (Article 35(3)(a)).",
      },
      ruleIds: [...cite("dpia"), ...cite("automatedDecision")],
    });
  }
  if (met("sensitive-data") && met("large-scale")) {
    grounds.push({
      text: {
        da: "Følsomme oplysninger i stort omfang: behandling af særlige kategorier af oplysninger i stor skala (artikel 35, stk. 3, litra b).",
        en: "Special categories of personal data in large volume: processing of special categories on a large scale (Article 35(3)(b)).",
      },
      ruleIds: [...cite("dpia"), ...cite("specialCategories")],
    });
  }
  const others = criteria.filter(
    (criterion) => criterion.id !== "innovative-technology" && criterion.state === "met",
  );
  if (met("innovative-technology") && others.length > 0) {
    const names = others.map((criterion) => criterion.name);
    grounds.push({
      text: {
        da: `Datatilsynets liste: behandling med innovativ teknologi som AI sammen med mindst ét andet kriterium fra WP248 kræver altid en konsekvensanalyse. Her er også opfyldt: ${names.map((name) => name.da.toLowerCase()).join(", ")}.`,
        en: `Datatilsynet's list: processing with innovative technology such as AI together with at least one other WP248 criterion always requires a DPIA. Also met here: ${names.map((name) => name.en.toLowerCase()).join(", ")}.`,
      },
      ruleIds: cite("dpiaList", "dpiaCriteria", "dpia"),
    });
  }
  return grounds;
}

function describeOpenCriteria(criteria: DpiaCriterion[], cite: Cite): LegalFinding {
  const open = criteria.filter((criterion) => criterion.state === "unknown");
  return {
    text: {
      da: `Løsningen bruger AI (ny teknologi). Er blot ét kriterium mere opfyldt, er en konsekvensanalyse påkrævet efter Datatilsynets liste. Besvar spørgsmålene bag: ${open.map((criterion) => criterion.name.da.toLowerCase()).join(", ")}.`,
      en: `The solution uses AI (innovative technology). If just one more criterion is met, a DPIA is required under Datatilsynet's list. Answer the questions behind: ${open.map((criterion) => criterion.name.en.toLowerCase()).join(", ")}.`,
    },
    ruleIds: cite("dpiaList", "dpiaCriteria"),
  };
}

function describeOnlyInnovative(cite: Cite): LegalFinding {
  return {
    text: {
      da: "Kun kriteriet om ny teknologi er opfyldt af dem, værktøjet kan tjekke. Det gør ikke i sig selv en konsekvensanalyse påkrævet, men vurder det med jeres databeskyttelsesrådgiver, også samkøring af datasæt, og skriv vurderingen ned.",
      en: "Of the criteria the tool can check, only innovative technology is met. That alone does not make a DPIA required, but assess it with your data protection officer, including matching of datasets, and write the assessment down.",
    },
    ruleIds: cite("dpiaCriteria", "dpia"),
  };
}

function describeHighRiskInput(cite: Cite): LegalFinding {
  return {
    text: {
      da: "Højrisikosystem: i konsekvensanalysen skal I bruge de oplysninger, leverandøren giver efter artikel 13 i AI-forordningen (artikel 26, stk. 9).",
      en: "High-risk system: in the DPIA you must use the information the provider gives under Article 13 of the AI Act (Article 26(9)).",
    },
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
): LegalTriageResult["dpia"] {
  const personalData = profile.get("personal-data");
  if (personalData?.state === "not-applicable" || profileHas(profile, "personal-data", "none")) {
    return {
      status: "not-indicated",
      criteria: [],
      triggers: [
        {
          text: {
            da: "I har svaret, at løsningen ikke behandler personoplysninger, og så kræver databeskyttelsesforordningen ingen konsekvensanalyse. Kan billeder, lyd, fritekst eller placeringer alligevel vise personer, også før de sløres eller slettes, så få svaret vurderet af jeres databeskyttelsesrådgiver.",
            en: "You have answered that the solution processes no personal data, and then the GDPR requires no DPIA. If images, sound, free text or locations may still show people, even before they are blurred or deleted, have the answer assessed by your data protection officer.",
          },
          ruleIds: cite("dpia"),
        },
      ],
    };
  }
  const criteria = checkWp248Criteria(profile, vocabulary, cite);
  const highRisk = aiActClass === "high-risk-annex-i" || aiActClass === "high-risk-annex-iii";
  const notes = highRisk ? [describeHighRiskInput(cite)] : [];
  if (personalData?.state !== "values") {
    return {
      status: "undetermined",
      criteria,
      triggers: [
        {
          text: {
            da: "Besvar, om løsningen behandler personoplysninger: først da kan det vurderes, om en konsekvensanalyse er påkrævet.",
            en: "Answer whether the solution processes personal data: only then can it be judged whether a DPIA is required.",
          },
          ruleIds: cite("dpia"),
        },
        ...notes,
      ],
    };
  }
  const required = findRequiredGrounds(profile, criteria, cite);
  if (required.length > 0) return { status: "required", criteria, triggers: [...required, ...notes] };
  const metCount = criteria.filter((criterion) => criterion.state === "met").length;
  if (metCount >= 2) return { status: "likely", criteria, triggers: notes };
  if (criteria.some((criterion) => criterion.state === "unknown")) {
    return { status: "undetermined", criteria, triggers: [describeOpenCriteria(criteria, cite), ...notes] };
  }
  return { status: "not-indicated", criteria, triggers: [describeOnlyInnovative(cite), ...notes] };
}
