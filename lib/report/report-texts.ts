import type { Locale, LocalizedText } from "../schemas/common";

/**
 * Every fixed text of the PDF report, in Danish and English. Placeholders in braces ("{page}")
 * are filled by `fillText`. Labels for the engine's result values live in content/result-labels.
 */
const reportTexts = {
  productName: { da: "AI-parathed", en: "AI-parathed" },
  reportTitle: { da: "Parathedsrapport", en: "Readiness report" },
  subject: {
    da: "Vurdering af, om et AI-projekt er klar til at gå i gang",
    en: "Assessment of whether an AI project is ready to start",
  },
  keywords: {
    da: "AI, parathed, offentlig sektor, AI-forordningen, konsekvensanalyse",
    en: "AI, readiness, public sector, AI Act, impact assessment",
  },
  pageOf: { da: "Side {page} af {total}", en: "Page {page} of {total}" },
  notStated: { da: "Ikke angivet", en: "Not stated" },
  none: { da: "Ingen", en: "None" },
  scoreOf100: { da: "{score} af 100", en: "{score} out of 100" },
  answeredOf: {
    da: "{answered} af {applicable} spørgsmål besvaret, ikke besvaret: {unanswered}",
    en: "{answered} of {applicable} questions answered, not answered: {unanswered}",
  },

  // Cover
  coverLead: {
    da: "Rapporten viser, hvor parat projektet er til at gå i gang, hvad der mangler, og hvilke offentlige AI-projekter det ligner. Den bygger alene på de svar, projektet selv har givet.",
    en: "The report shows how ready the project is to start, what is missing, and which public-sector AI projects it resembles. It is based solely on the answers given for the project.",
  },
  coverProject: { da: "Projekt", en: "Project" },
  coverOrganisation: { da: "Organisation", en: "Organisation" },
  coverDescription: { da: "Beskrivelse", en: "Description" },
  coverDescriptionContinues: {
    da: "Hele beskrivelsen står i bilaget.",
    en: "The full description is in the appendix.",
  },
  coverDate: { da: "Dato", en: "Date" },
  coverLanguage: { da: "Sprog", en: "Language" },
  coverModelVersion: { da: "Modelversion", en: "Model version" },
  coverContentVersion: { da: "Indholdsversion", en: "Content version" },
  coverLegalVersion: { da: "Juridisk indhold", en: "Legal content" },
  coverLegalVersionValue: { da: "{version}, gennemgået {date}", en: "{version}, reviewed {date}" },
  languageDa: { da: "Dansk", en: "Danish" },
  languageEn: { da: "Engelsk", en: "English" },

  // Summary
  summaryHeading: { da: "Sammenfatning", en: "Summary" },
  summaryLevel: { da: "Parathedsniveau", en: "Readiness level" },
  summaryOverall: { da: "Samlet score", en: "Overall score" },
  summaryCapped: {
    da: "Scoren alene svarer til niveauet »{band}«, men stopklodserne holder projektet på »{level}«.",
    en: "The score alone corresponds to the level “{band}”, but the blockers hold the project at “{level}”.",
  },
  summaryNoScore: {
    da: "Der er for få svar til en samlet score og et niveau. Besvar mindst halvdelen af spørgsmålene i hver af de fem forudsætninger; »Ved ikke« tæller som et svar.",
    en: "There are too few answers for an overall score and a level. Answer at least half of the questions in each of the five prerequisites; “Don't know” counts as an answer.",
  },
  summaryProvisional: {
    da: "Niveauet er foreløbigt. Viste spørgsmål, der ikke er besvaret: {count}. De tæller som det svageste svar, ligesom »Ved ikke«.",
    en: "The level is provisional. Questions shown but not answered: {count}. They count as the weakest answer, like “Don't know”.",
  },
  blockersHeading: { da: "Stopklodser", en: "Blockers" },
  blockersNone: {
    da: "Svarene udløser ingen stopklodser.",
    en: "The answers trigger no blockers.",
  },
  blockerWhy: { da: "Hvorfor", en: "Why" },
  blockerAction: { da: "Det kan I gøre", en: "What to do" },
  blockerCaps: { da: "Højst niveau: {level}", en: "Highest level: {level}" },
  adviceHeading: { da: "De tre gode råd", en: "The three pieces of advice" },
  topActionsHeading: { da: "Det første, I skal gøre", en: "What to do first" },
  topActionsNone: {
    da: "Der er ingen handlinger i planen: alle viste spørgsmål har det bedste svar.",
    en: "The plan has no actions: every question shown has the best answer.",
  },

  // Chart
  chartHeading: { da: "Parathed pr. forudsætning", en: "Readiness per prerequisite" },
  chartLead: {
    da: "Diagrammet viser scoren for hver af katalogets fem forudsætninger på en skala fra 0 til 100. Jo længere ud, jo bedre. En forudsætning uden score er tegnet i midten.",
    en: "The chart shows the score for each of the catalogue's five prerequisites on a scale from 0 to 100. The further out, the better. A prerequisite without a score is drawn at the centre.",
  },
  chartPrerequisite: { da: "Forudsætning", en: "Prerequisite" },
  chartScore: { da: "Score", en: "Score" },
  chartAnswered: { da: "Besvaret", en: "Answered" },
  chartOverall: { da: "Samlet", en: "Overall" },
  answeredShort: {
    da: "{answered} af {applicable} (ikke besvaret: {unanswered})",
    en: "{answered} of {applicable} (not answered: {unanswered})",
  },

  // Prerequisite sections
  prerequisitesPart: { da: "Forudsætningerne", en: "The prerequisites" },
  prerequisiteScore: { da: "Score", en: "Score" },
  answersHeading: { da: "Svarene bag scoren", en: "The answers behind the score" },
  answersNone: {
    da: "Ingen spørgsmål i denne forudsætning er vist for projektet.",
    en: "No questions in this prerequisite are shown for the project.",
  },
  columnQuestion: { da: "Spørgsmål", en: "Question" },
  columnAnswer: { da: "Svar", en: "Answer" },
  columnPoints: { da: "Point", en: "Points" },
  pointsOf: { da: "{points} af {max}", en: "{points} of {max}" },
  pointsNotCounted: { da: "Tæller ikke", en: "Not counted" },
  pointsDontKnow: {
    da: "{points} af {max} (som svageste svar)",
    en: "{points} of {max} (as the weakest answer)",
  },
  recommendationsHeading: { da: "Anbefalinger", en: "Recommendations" },
  recommendationsNone: {
    da: "Ingen anbefalinger: alle besvarede spørgsmål her har det bedste svar.",
    en: "No recommendations: every answered question here has the best answer.",
  },
  lessonHeading: { da: "Erfaring fra den mest lignende case", en: "Lesson from the closest case" },
  lessonNone: {
    da: "Ingen case ligner projektet nok til at give en erfaring her.",
    en: "No case resembles the project closely enough to offer a lesson here.",
  },

  // Answers (appendix and sections)
  answerDontKnow: { da: "Ved ikke", en: "Don't know" },
  answerNotApplicable: { da: "Ikke relevant", en: "Not applicable" },
  answerUnanswered: { da: "Ikke besvaret", en: "Not answered" },
  answerHidden: {
    da: "Ikke vist: spørgsmålet er ikke relevant ud fra andre svar",
    en: "Not shown: the question does not apply given other answers",
  },
  answerUnknownOption: {
    da: "Svaret kendes ikke i denne version af spørgsmålet",
    en: "The answer is not known in this version of the question",
  },
  note: { da: "Note", en: "Note" },

  // Plan
  planHeading: { da: "Forbedringsplan", en: "Improvement plan" },
  planLead: {
    da: "Handlingerne er delt efter, hvornår de skal være gjort: før I går videre, før indkøb eller pilot, og før drift og udbredelse. Stopklodser og de råd fra kataloget, som projektet ikke følger, kommer først. Inden for hver gruppe står det, der flytter mest, først. Sæt kryds, efterhånden som I kommer igennem dem.",
    en: "The actions are grouped by when they must be done: before you go on, before procurement or the pilot, and before operation and scaling. Blockers and the catalogue's advice that the project does not follow come first. Within each group, what moves most comes first. Tick them off as you work through them.",
  },
  planNone: {
    da: "Planen er tom: alle viste spørgsmål har det bedste svar.",
    en: "The plan is empty: every question shown has the best answer.",
  },
  planOwner: { da: "Ansvarlig: {owner}", en: "Owner: {owner}" },
  planLifts: { da: "Fjerner stopklodsen: {blockers}", en: "Lifts the blocker: {blockers}" },
  planDecidesAdvice: { da: "Afgør rådet: {advice}", en: "Decides the advice: {advice}" },
  planCase: { da: "Se, hvordan {organisation} gjorde", en: "See how {organisation} did it" },
  planQuestion: { da: "Spørgsmål", en: "Question" },

  // Legal
  legalHeading: { da: "Juridisk screening", en: "Legal triage" },
  legalLead: {
    da: "Screeningen læser projektets profil og svar og peger på de regler, projektet skal forholde sig til. Hver konklusion viser de regler, den bygger på.",
    en: "The triage reads the project's profile and answers and points to the rules the project must deal with. Each finding shows the rules it rests on.",
  },
  legalAiAct: { da: "AI-forordningen: risikoklasse", en: "AI Act: risk class" },
  legalReasons: { da: "Begrundelse", en: "Reasons" },
  legalTransparency: { da: "Gennemsigtighedskrav", en: "Transparency duties" },
  legalTransparencyNone: {
    da: "Svarene peger ikke på særlige gennemsigtighedskrav.",
    en: "The answers point to no particular transparency duties.",
  },
  legalDpia: { da: "Konsekvensanalyse (DPIA)", en: "Data protection impact assessment (DPIA)" },
  legalDpiaTriggers: { da: "Det peger på en DPIA", en: "What points to a DPIA" },
  legalFria: {
    da: "Konsekvensanalyse for grundlæggende rettigheder (FRIA) og registrering",
    en: "Fundamental-rights impact assessment (FRIA) and registration",
  },
  legalFriaApplies: { da: "FRIA: skal laves før første brug", en: "FRIA: required before first use" },
  legalFriaNot: { da: "FRIA: ikke påkrævet ud fra svarene", en: "FRIA: not required on these answers" },
  legalRegistrationApplies: {
    da: "Registrering i EU's database: påkrævet",
    en: "Registration in the EU database: required",
  },
  legalRegistrationNot: {
    da: "Registrering i EU's database: ikke påkrævet ud fra svarene",
    en: "Registration in the EU database: not required on these answers",
  },
  legalAutomated: { da: "Automatiske afgørelser", en: "Automated decisions" },
  legalAutomatedNone: {
    da: "Svarene peger ikke på afgørelser, der træffes automatisk.",
    en: "The answers do not point to decisions taken automatically.",
  },
  legalBasis: { da: "Hjemmel pr. fase", en: "Legal basis per phase" },
  legalPhase: { da: "Fase", en: "Phase" },
  legalStatus: { da: "Status", en: "Status" },
  legalRules: { da: "Regler", en: "Rules" },
  legalDates: { da: "Datoer, I skal tjekke", en: "Dates to verify" },
  legalDatesLead: {
    da: "Datoerne var gældende, da det juridiske indhold blev gennemgået, men kan være ændret siden. Tjek dem, før I bygger på dem.",
    en: "The dates were correct when the legal content was reviewed but may have changed since. Check them before you rely on them.",
  },
  legalDateStatusInForce: { da: "Gælder", en: "In force" },
  legalDateStatusScheduled: { da: "Fastsat", en: "Scheduled" },
  legalDateStatusProposed: { da: "Foreslået", en: "Proposed" },
  legalAuthorities: { da: "Myndigheder", en: "Authorities" },
  legalNotAdvice: { da: "En indikation, ikke rådgivning", en: "An indication, not legal advice" },
  legalVersion: {
    da: "Juridisk indhold version {version}, gennemgået {date}.",
    en: "Legal content version {version}, reviewed {date}.",
  },
  legalSource: { da: "Kilde", en: "Source" },
  instrumentAiAct: { da: "AI-forordningen", en: "AI Act" },
  instrumentGdpr: { da: "Databeskyttelsesforordningen", en: "GDPR" },
  instrumentDanishLaw: { da: "Dansk ret", en: "Danish law" },
  instrumentGuidance: { da: "Vejledning", en: "Guidance" },

  // Cases
  casesHeading: { da: "Sammenlignelige cases", en: "Comparable cases" },
  casesLead: {
    da: "De tre cases fra kataloget, der ligner projektet mest. Tal og vurderinger er organisationernes egne, som de står i kataloget.",
    en: "The three cases from the catalogue that most resemble the project. Figures and assessments are the organisations' own, as stated in the catalogue.",
  },
  casesNone: {
    da: "Projektets profil er for lidt udfyldt til at sammenligne det med casene.",
    en: "The project's profile is too incomplete to compare it with the cases.",
  },
  caseSimilarity: { da: "Lighed: {similarity}", en: "Similarity: {similarity}" },
  caseMatches: { da: "Det, der ligner", en: "What matches" },
  caseDiffers: { da: "Det, der er forskelligt", en: "What differs" },
  caseNotCompared: { da: "Ikke sammenlignet", en: "Not compared" },
  caseProjectValue: { da: "Projektet: {values}", en: "Project: {values}" },
  caseCaseValue: { da: "Casen: {values}", en: "Case: {values}" },
  caseEffects: { da: "Effekter", en: "Effects" },
  caseEconomics: { da: "Økonomi", en: "Economics" },
  caseStatus: { da: "Status", en: "Status" },
  caseSource: {
    da: "Kilde: {publisher}, »{document}«, {section}",
    en: "Source: {publisher}, “{document}”, {section}",
  },
  effectFigures: { da: "Tal: {figures}", en: "Figures: {figures}" },

  // Appendix
  appendixHeading: { da: "Bilag: alle spørgsmål og svar", en: "Appendix: all questions and answers" },
  appendixLead: {
    da: "Alle spørgsmål i vurderingen med projektets svar og noter, også dem der ikke er besvaret eller ikke er vist.",
    en: "Every question in the assessment with the project's answers and notes, including those not answered or not shown.",
  },
  appendixDescription: { da: "Projektbeskrivelse", en: "Project description" },
  appendixProfile: { da: "Projektets profil", en: "Project profile" },

  // Method
  methodHeading: { da: "Metode og kilder", en: "Method and sources" },
  methodScoresHeading: { da: "Scorer", en: "Scores" },
  methodScores: {
    da: "Hvert svar giver point efter, hvor godt det opfylder forudsætningen, og spørgsmålene kan vægte forskelligt. En forudsætnings score er andelen af de mulige point, svarene opnår, på en skala fra 0 til 100. »Ved ikke« og et viste spørgsmål, der ikke er besvaret, tæller begge som det svageste svar, så det aldrig giver en bedre score at springe over; »Ikke relevant« og spørgsmål, der ikke er vist, tæller ikke med. Er under halvdelen af de relevante spørgsmål besvaret (»Ved ikke« tæller som svar), får forudsætningen ingen score. Den samlede score er gennemsnittet af alle fem forudsætningers scorer; mangler én, står der »Ikke nok svar endnu« i stedet for et niveau. Så længe viste spørgsmål er ubesvarede, er niveauet foreløbigt. Scorer vises som hele tal.",
    en: "Each answer earns points by how well it meets the prerequisite, and questions can carry different weights. A prerequisite's score is the share of the possible points the answers earn, on a scale from 0 to 100. “Don't know” and a question shown but left unanswered both count as the weakest answer, so skipping never gives a better score; “Not applicable” and questions not shown do not count. If fewer than half of the relevant questions are answered (“Don't know” counts as an answer), the prerequisite gets no score. The overall score is the mean of all five prerequisite scores; if one is missing, the report says “Not enough answers yet” instead of a level. While questions shown are unanswered, the level is provisional. Scores are shown as whole numbers.",
  },
  methodLevelsHeading: { da: "Niveauer og stopklodser", en: "Levels and blockers" },
  methodLevels: {
    da: "Den samlede score placerer projektet på et af fire niveauer. Visse svar er stopklodser, fx at hjemlen ikke er undersøgt, selv om løsningen behandler personoplysninger. En stopklods sætter et loft over niveauet, uanset hvor høj scoren er.",
    en: "The overall score places the project on one of four levels. Certain answers are blockers, for example that the legal basis has not been examined although the solution processes personal data. A blocker caps the level however high the score is.",
  },
  methodMatchingHeading: { da: "Sammenligning med casene", en: "Comparison with the cases" },
  methodMatching: {
    da: "Projektets profil sammenlignes med hver af katalogets seks cases egenskab for egenskab, fx fagområde, teknologi og datatyper, med forskellig vægt. Ligheden er det vægtede gennemsnit over de egenskaber, der kan sammenlignes; egenskaber, som kataloget ikke oplyser, eller som projektet ikke har besvaret, er udeladt.",
    en: "The project's profile is compared with each of the catalogue's six cases attribute by attribute, such as domain, technology and data types, with different weights. The similarity is the weighted mean over the attributes that can be compared; attributes the catalogue does not state, or the project has not answered, are left out.",
  },
  methodLegalHeading: { da: "Juridisk screening", en: "Legal triage" },
  methodLegal: {
    da: "Screeningen bruger faste regler over profilen og de juridiske svar: risikoklassen efter AI-forordningen, gennemsigtighedskrav, om en konsekvensanalyse (DPIA) eller en FRIA skal laves, automatiske afgørelser og hjemlen i hver fase. Hver konklusion viser de regler, den bygger på. Resultatet er en indikation, ikke juridisk rådgivning.",
    en: "The triage applies fixed rules to the profile and the legal answers: the risk class under the AI Act, transparency duties, whether a DPIA or a FRIA is needed, automated decisions and the legal basis in each phase. Each finding shows the rules it rests on. The result is an indication, not legal advice.",
  },
  methodCatalogueHeading: { da: "Kataloget", en: "The catalogue" },
  methodCatalogue: {
    da: "De fem forudsætninger, de tre gode råd og de seks cases kommer fra Digitaliseringsstyrelsens katalog »Seks AI-cases fra offentlige organisationer«. Casene blev udvalgt i efteråret 2024. Tal og vurderinger i casene er organisationernes egne; hvor kataloget ikke oplyser et tal, står der det.",
    en: "The five prerequisites, the three pieces of advice and the six cases come from Digitaliseringsstyrelsen's catalogue “Seks AI-cases fra offentlige organisationer” (Six AI cases from public organisations). The cases were selected in autumn 2024. Figures and assessments in the cases are the organisations' own; where the catalogue states no figure, the report says so.",
  },
  methodSourcesHeading: { da: "Juridiske kilder", en: "Legal sources" },
  methodGlyphs: {
    da: "Tegn, som rapportens skrift ikke kan vise (fx emoji), er gengivet som »?«.",
    en: "Characters the report's typeface cannot show (such as emoji) are printed as “?”.",
  },
  methodVersions: {
    da: "Beregnet med model {model}, indhold {content} og juridisk indhold {legal}.",
    en: "Computed with model {model}, content {content} and legal content {legal}.",
  },
} as const satisfies Record<string, LocalizedText>;

export type ReportTextKey = keyof typeof reportTexts;
export type ReportTexts = Record<ReportTextKey, string>;

/** All fixed texts of the report in one language. */
export function resolveReportTexts(locale: Locale): ReportTexts {
  const resolved = {} as ReportTexts;
  for (const key of Object.keys(reportTexts) as ReportTextKey[]) resolved[key] = reportTexts[key][locale];
  return resolved;
}

/** Fills the {placeholders} of a text; a placeholder without a value is left as it is. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
