import type { LocalizedText } from "@/lib/schemas/common";

/**
 * The DPIA triage as data: the nine WP248 criteria with their wording, the tool's threshold for
 * "large scale", and every sentence the triage writes. The engine (lib/engine/assess-dpia.ts)
 * checks each criterion against the profile; it writes nothing itself. {names} is filled by the
 * engine with the criteria's names. Sources: content/legal.ts (rules wp248-criteria,
 * datatilsynet-dpia-list, gdpr-art-35) and docs/sources/legal-facts.md.
 */

export const wp248CriterionIds = [
  "evaluation-scoring",
  "automated-decision",
  "systematic-monitoring",
  "sensitive-data",
  "large-scale",
  "matching-datasets",
  "vulnerable-data-subjects",
  "innovative-technology",
  "prevents-right-or-service",
] as const;
export type Wp248CriterionId = (typeof wp248CriterionIds)[number];

export interface Wp248Criterion {
  id: Wp248CriterionId;
  /** A short name, e.g. "Stor skala". */
  name: LocalizedText;
  text: LocalizedText;
}

/**
 * "Large scale" is the tool's own threshold: the annual-volume values from this rank on (10,000
 * cases a year or more). WP248 sets no number.
 */
export const LARGE_SCALE_FROM_RANK = 2;

/** Domains whose data subjects count as vulnerable (patients, elderly people in care). */
export const vulnerableDomains: readonly string[] = ["elderly-care", "health"];
/** A domain whose citizens depend on benefits: vulnerable when the output concerns citizens. */
export const dependentDomain = "social-benefits";

/** The nine criteria of the EDPB/WP29 guideline WP248, in the order the results list them. */
export const wp248Criteria: readonly Wp248Criterion[] = [
  {
    id: "evaluation-scoring",
    name: { da: "Evaluering eller scoring", en: "Evaluation or scoring" },
    text: {
      da: "Evaluering eller scoring: løsningen vurderer personlige forhold hos enkeltpersoner (profilering).",
      en: "Evaluation or scoring: the solution assesses personal aspects of individuals (profiling).",
    },
  },
  {
    id: "automated-decision",
    name: { da: "Automatisk afgørelse", en: "Automated decision" },
    text: {
      da: "Automatisk afgørelse med retsvirkning eller tilsvarende betydelig virkning.",
      en: "Automated decision with legal or similarly significant effect.",
    },
  },
  {
    id: "systematic-monitoring",
    name: { da: "Systematisk overvågning", en: "Systematic monitoring" },
    text: {
      da: "Systematisk overvågning: løsningen holder øje med personer. Sker det i stort omfang på offentligt tilgængelige områder, er en konsekvensanalyse altid påkrævet (artikel 35, stk. 3, litra c).",
      en: "Systematic monitoring: the solution watches people. If it covers publicly accessible areas on a large scale, a DPIA is always required (Article 35(3)(c)).",
    },
  },
  {
    id: "sensitive-data",
    name: { da: "Følsomme oplysninger", en: "Sensitive data" },
    text: {
      da: "Følsomme oplysninger: særlige kategorier som helbredsoplysninger.",
      en: "Sensitive data: special categories such as health data.",
    },
  },
  {
    id: "large-scale",
    name: { da: "Stor skala", en: "Large scale" },
    text: {
      da: "Stor skala: 10.000 sager eller flere om året (værktøjets egen tærskel; WP248 sætter ikke et tal).",
      en: "Large scale: 10,000 cases or more a year (the tool's own threshold; WP248 sets no number).",
    },
  },
  {
    id: "matching-datasets",
    name: { da: "Samkøring af datasæt", en: "Matching datasets" },
    text: {
      da: "Samkøring af datasæt fra forskellige formål eller dataansvarlige: værktøjet spørger ikke om det, så vurder det selv.",
      en: "Matching or combining datasets from different purposes or controllers: the tool does not ask about it, so assess it yourselves.",
    },
  },
  {
    id: "vulnerable-data-subjects",
    name: { da: "Sårbare registrerede", en: "Vulnerable data subjects" },
    text: {
      da: "Sårbare registrerede: patienter, ældre i pleje eller borgere, der er afhængige af ydelser.",
      en: "Vulnerable data subjects: patients, elderly people in care or citizens who depend on benefits.",
    },
  },
  {
    id: "innovative-technology",
    name: { da: "Ny teknologi", en: "Innovative technology" },
    text: {
      da: "Ny teknologi: løsningen bruger AI, og Datatilsynet regner AI og maskinlæring som innovativ teknologi.",
      en: "Innovative technology: the solution uses AI, and Datatilsynet counts AI and machine learning as innovative technology.",
    },
  },
  {
    id: "prevents-right-or-service",
    name: { da: "Adgang til en ydelse", en: "Access to a service" },
    text: {
      da: "Adgang til en ydelse: løsningen bruges til at vurdere borgeres ret til ydelser eller tjenester.",
      en: "Access to a service: the solution is used to assess citizens' eligibility for benefits or services.",
    },
  },
];

/** Every other sentence of the DPIA triage. */
export const dpiaTexts = {
  automatedDecisionGround: {
    da: "AI'en træffer automatiske afgørelser om personer på grundlag af personoplysninger: en systematisk og omfattende vurdering med retsvirkning eller tilsvarende betydelig virkning (artikel 35, stk. 3, litra a).",
    en: "The AI makes automated decisions about people on the basis of personal data: a systematic and extensive evaluation with legal or similarly significant effects (Article 35(3)(a)).",
  },
  sensitiveLargeScaleGround: {
    da: "Følsomme oplysninger i stort omfang: behandling af særlige kategorier af oplysninger i stor skala (artikel 35, stk. 3, litra b).",
    en: "Special categories of personal data in large volume: processing of special categories on a large scale (Article 35(3)(b)).",
  },
  datatilsynetListGround: {
    da: "Datatilsynets liste: behandling med innovativ teknologi som AI sammen med mindst ét andet kriterium fra WP248 kræver altid en konsekvensanalyse. Her er også opfyldt: {names}.",
    en: "Datatilsynet's list: processing with innovative technology such as AI together with at least one other WP248 criterion always requires a DPIA. Also met here: {names}.",
  },
  openCriteria: {
    da: "Løsningen bruger AI (ny teknologi). Er blot ét kriterium mere opfyldt, er en konsekvensanalyse påkrævet efter Datatilsynets liste. Besvar spørgsmålene bag: {names}.",
    en: "The solution uses AI (innovative technology). If just one more criterion is met, a DPIA is required under Datatilsynet's list. Answer the questions behind: {names}.",
  },
  onlyInnovative: {
    da: "Kun kriteriet om ny teknologi er opfyldt af dem, værktøjet kan tjekke. Det gør ikke i sig selv en konsekvensanalyse påkrævet, men vurder det med jeres databeskyttelsesrådgiver, også samkøring af datasæt, og skriv vurderingen ned.",
    en: "Of the criteria the tool can check, only innovative technology is met. That alone does not make a DPIA required, but assess it with your data protection officer, including matching of datasets, and write the assessment down.",
  },
  highRiskInput: {
    da: "Højrisikosystem: i konsekvensanalysen skal I bruge de oplysninger, leverandøren giver efter artikel 13 i AI-forordningen (artikel 26, stk. 9).",
    en: "High-risk system: in the DPIA you must use the information the provider gives under Article 13 of the AI Act (Article 26(9)).",
  },
  noPersonalData: {
    da: "I har svaret, at løsningen ikke behandler personoplysninger, og så kræver databeskyttelsesforordningen ingen konsekvensanalyse. Kan billeder, lyd, fritekst eller placeringer alligevel vise personer, også før de sløres eller slettes, så få svaret vurderet af jeres databeskyttelsesrådgiver.",
    en: "You have answered that the solution processes no personal data, and then the GDPR requires no DPIA. If images, sound, free text or locations may still show people, even before they are blurred or deleted, have the answer assessed by your data protection officer.",
  },
  personalDataUnanswered: {
    da: "Besvar, om løsningen behandler personoplysninger: først da kan det vurderes, om en konsekvensanalyse er påkrævet.",
    en: "Answer whether the solution processes personal data: only then can it be judged whether a DPIA is required.",
  },
} as const satisfies Record<string, LocalizedText>;

/** From this many WP248 criteria met, a DPIA is likely (WP248: two or more). */
export const WP248_LIKELY_FROM = 2;
