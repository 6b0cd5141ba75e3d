import type { LocalizedText } from "@/lib/schemas/common";
import type { Condition } from "@/lib/schemas/condition";
import type { ScoredQuestion } from "@/lib/schemas/question";

/** The project processes personal data (profile question "personal-data"). */
export const processesPersonalData: Condition = {
  question: "personal-data",
  in: ["incidental", "ordinary", "special-category"],
};

/** The project may capture people even without meaning to: images, sound or location. */
const mayCapturePeople: Condition = {
  question: "data-types",
  in: ["images-video", "audio", "location-data"],
};

/** The solution is bought or reused rather than built. */
const boughtOrReused: Condition = { question: "sourcing", in: ["buy", "reuse"] };

/** The solution's output concerns citizens. */
const concernsCitizens: Condition = { question: "audience", in: ["affects-citizens", "citizens-interact"] };

/** Areas where reading or sorting prepares a decision about a person (Annex III uses). */
const decisionAreas: Condition = {
  question: "use-areas",
  in: ["public-benefits", "emergency-triage", "education", "employment", "migration", "justice"],
};

/** The AI prepares or makes decisions about citizens in case handling. */
const preparesDecisions: Condition = {
  all: [
    concernsCitizens,
    {
      any: [
        { question: "ai-role", in: ["decision-support", "automated-decision"] },
        { all: [{ question: "ai-role", in: ["extraction", "triage-routing"] }, decisionAreas] },
      ],
    },
  ],
};

/** The first two steps of a question answered "not yet / under way / done": examined or assessed. */
const notYetSteps = {
  examined: [
    { id: "not-examined", label: { da: "Ikke undersøgt", en: "Not examined" }, points: 0 },
    { id: "in-progress", label: { da: "Undersøges nu", en: "Being examined" }, points: 1 },
  ],
  assessed: [
    { id: "not-examined", label: { da: "Ikke vurderet", en: "Not assessed" }, points: 0 },
    { id: "in-progress", label: { da: "Vurderes nu", en: "Being assessed" }, points: 1 },
  ],
} as const satisfies Record<string, ScoredQuestion["options"]>;

/**
 * The options of a question whose answer is not examined (0), being examined (1) or done (2, with
 * the question's own id and wording). The legal triage reads "not-examined" and "in-progress".
 */
function progressOptions(
  done: { id: string; label: LocalizedText },
  steps: keyof typeof notYetSteps = "examined",
): ScoredQuestion["options"] {
  return [...notYetSteps[steps], { ...done, points: 2 }];
}

/** The legal-basis questions share these options so the legal triage can read them. */
const legalBasisOptions = progressOptions({
  id: "clarified",
  label: { da: "Afklaret og skrevet ned", en: "Clarified and written down" },
});

export const legalQuestions: ScoredQuestion[] = [
  {
    id: "legal-basis-operation",
    section: "legal",
    text: {
      da: "Har I undersøgt, hvilken hjemmel I har til at behandle personoplysninger, når løsningen er i drift?",
      en: "Have you examined the legal basis for processing personal data when the solution is in operation?",
    },
    help: {
      da: "En myndighed, der behandler personoplysninger for at løse en opgave i samfundets interesse, bygger normalt på databeskyttelsesforordningens artikel 6, stk. 1, litra e, og for følsomme oplysninger som helbredsoplysninger på artikel 9, stk. 2, litra g eller h. Begge kræver et tilstrækkeligt klart supplerende grundlag i EU-retten eller dansk ret. Datatilsynet fandt i 2023, at serviceloven ikke var et tilstrækkeligt klart grundlag for at drive en AI-løsning, selv om den dækkede udviklingen: sektorlovgivning dækker ikke nødvendigvis AI i drift. Et lovforslag om et generelt grundlag for AI i den offentlige forvaltning blev sendt i høring 12. februar 2026; tjek, om det er vedtaget.",
      en: "A public authority that processes personal data to perform a task in the public interest normally relies on GDPR Article 6(1)(e), and for special categories such as health data on Article 9(2)(g) or (h). Both need a sufficiently clear supplementary basis in Union or Danish law. In 2023 Datatilsynet found that Serviceloven was not a sufficiently clear basis for operating an AI solution, although it covered its development: sector law does not necessarily cover AI in operation. A bill on a general basis for AI in public administration went to consultation on 12 February 2026; check whether it has been adopted.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved Kommune fandt hjemmel i serviceloven § 136 e, fordi faldsensorerne blev vurderet som tryghedsskabende velfærdsteknologi.",
        en: "Næstved Municipality found its legal basis in Serviceloven § 136 e, because the fall sensors were judged to be welfare technology that creates safety.",
      },
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: false,
    options: legalBasisOptions,
    weight: 2,
    recommendation: {
      da: "Få en jurist til at fastlægge behandlingsgrundlaget for driften: artikel 6, stk. 1, litra e, eventuelt artikel 9, stk. 2, og den bestemmelse i EU-retten eller dansk ret, der giver det supplerende grundlag. Skriv vurderingen ned, og få den godkendt, før løsningen tages i brug.",
      en: "Have a lawyer establish the legal basis for operation: Article 6(1)(e), where relevant Article 9(2), and the provision of Union or Danish law that gives the supplementary basis. Write the assessment down and have it approved before the solution is put to use.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "legal-basis-development",
    section: "legal",
    text: {
      da: "Har I undersøgt hjemlen til at bruge personoplysninger til at udvikle og træne modellen?",
      en: "Have you examined the legal basis for using personal data to develop and train the model?",
    },
    help: {
      da: "Datatilsynet fandt i en udtalelse fra 2023 om en AI-løsning på sundheds- og omsorgsområdet (j.nr. 2023-212-0015), at udvikling, herunder gentræning, kunne ske med hjemmel i serviceloven, men at driften ikke kunne: hjemlen kan altså være en anden, når man udvikler en model, end når man bruger den. I forskningsprojekter kan udvikling og træning bygge på artikel 9, stk. 2, litra j, og databeskyttelseslovens § 10. Vælg »Ikke relevant«, hvis I ikke selv bruger personoplysninger til at udvikle eller træne modellen, fx fordi I køber en færdigtrænet løsning.",
      en: "In a 2023 statement on an AI solution in health and care (case 2023-212-0015), Datatilsynet found that development, including retraining, could rest on Serviceloven but operation could not: the basis can differ between developing a model and using it. In research projects, development and training may rest on Article 9(2)(j) and section 10 of the Danish Data Protection Act. Choose “Not applicable” if you do not use personal data yourselves to develop or train the model, for example because you buy a ready-trained solution.",
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: legalBasisOptions,
    weight: 1,
    recommendation: {
      da: "Afklar særskilt, om I har hjemmel til at bruge personoplysninger til udvikling og træning; hjemlen til udvikling og hjemlen til drift skal vurderes hver for sig. Undersøg samtidig, om udviklingen kan ske med færre oplysninger.",
      en: "Clarify separately whether you have a legal basis for using personal data for development and training; the bases for development and for operation must each be assessed. At the same time, examine whether development can be done with less data.",
    },
  },
  {
    id: "legal-basis-validation",
    section: "legal",
    text: {
      da: "Har I undersøgt hjemlen til at afprøve den købte model på jeres egne personoplysninger, før den tages i drift?",
      en: "Have you examined the legal basis for validating the bought model on your own personal data before it goes into operation?",
    },
    help: {
      da: "Også en færdig model skal som regel afprøves på jeres egne data for at vise, at den virker hos jer. Den afprøvning er en behandling af personoplysninger for sig, før driften begynder, og hjemlen til driften dækker den ikke nødvendigvis (Datatilsynet, j.nr. 2023-212-0015). Vælg »Ikke relevant«, hvis modellen ikke afprøves på personoplysninger.",
      en: "Even a finished model usually has to be tested on your own data to show that it works for you. That validation is a processing of personal data of its own, before operation begins, and the basis for operation does not necessarily cover it (Datatilsynet, case 2023-212-0015). Choose “Not applicable” if the model is not validated on personal data.",
    },
    showIf: { all: [processesPersonalData, boughtOrReused] },
    offersDontKnow: true,
    offersNotApplicable: true,
    options: legalBasisOptions,
    weight: 1,
    recommendation: {
      da: "Beslut, hvilke data modellen skal afprøves på, og få en jurist til at vurdere hjemlen til afprøvningen, før I giver leverandøren adgang til dem. Skriv i aftalen, at leverandøren kun må bruge dataene til afprøvningen.",
      en: "Decide which data the model will be validated on, and have a lawyer assess the legal basis for the validation before you give the vendor access to it. State in the agreement that the vendor may use the data only for the validation.",
    },
  },
  {
    id: "legal-basis-retraining",
    section: "legal",
    text: {
      da: "Har I undersøgt hjemlen til at gentræne modellen på nye personoplysninger, mens den er i drift?",
      en: "Have you examined the legal basis for retraining the model on new personal data while it is in operation?",
    },
    help: {
      da: "Mange modeller skal gentrænes for at bevare træfsikkerheden. Gentræning på oplysninger fra driften er en behandling for sig, som kan kræve et andet grundlag end selve driften. Vælg »Ikke relevant«, hvis modellen ikke gentrænes på jeres data.",
      en: "Many models must be retrained to stay accurate. Retraining on data from operation is a processing of its own, which may need a different basis from operation itself. Choose “Not applicable” if the model is not retrained on your data.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningens model gentrænes løbende på de seneste 13 måneders henvendelser.",
        en: "Skatteforvaltningen's model is retrained continuously on the latest 13 months of enquiries.",
      },
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: legalBasisOptions,
    weight: 1,
    recommendation: {
      da: "Beslut, hvor ofte og på hvilke data modellen skal gentrænes, og få en jurist til at vurdere hjemlen til netop den behandling. Skriv det ind i driftsaftalen, hvis en leverandør står for gentræningen.",
      en: "Decide how often and on which data the model will be retrained, and have a lawyer assess the legal basis for that processing. Write it into the operating agreement if a vendor does the retraining.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "legal-dpia",
    section: "legal",
    text: {
      da: "Har I lavet en konsekvensanalyse (DPIA), og er databeskyttelsesrådgiveren hørt?",
      en: "Have you carried out a data protection impact assessment (DPIA), and has the data protection officer been consulted?",
    },
    help: {
      da: "Efter databeskyttelsesforordningens artikel 35 skal der laves en konsekvensanalyse, når behandlingen sandsynligvis indebærer en høj risiko for fysiske personers rettigheder og frihedsrettigheder – borgere såvel som medarbejdere – og altid ved fx omfattende behandling af følsomme oplysninger. Efter Datatilsynets liste er den altid påkrævet, når ny teknologi som AI bruges sammen med mindst ét andet kriterium fra WP248, fx stor skala. Datatilsynet har siden maj 2024 haft skabeloner rettet mod AI. Databeskyttelsesrådgiveren skal høres. Vælg »Ikke relevant« kun, hvis I sammen med databeskyttelsesrådgiveren har vurderet og skrevet ned, at der ikke kræves en konsekvensanalyse.",
      en: "Under GDPR Article 35 an impact assessment is needed when processing is likely to result in a high risk to the rights and freedoms of natural persons – citizens and staff alike – and always, for example, for large-scale processing of special categories. Under Datatilsynet's list it is always required when innovative technology such as AI is used together with at least one other WP248 criterion, such as large scale. Since May 2024 Datatilsynet has published templates aimed at AI. The data protection officer must be consulted. Choose “Not applicable” only if you and the data protection officer have assessed, and written down, that no impact assessment is required.",
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: [
      { id: "not-started", label: { da: "Ikke påbegyndt", en: "Not started" }, points: 0 },
      { id: "planned", label: { da: "Planlagt eller i gang", en: "Planned or under way" }, points: 1 },
      {
        id: "done",
        label: {
          da: "Gennemført, og databeskyttelsesrådgiveren er hørt",
          en: "Done, and the data protection officer has been consulted",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Start konsekvensanalysen nu, så den kan nå at påvirke løsningens design. Brug Datatilsynets skabeloner for AI, og hør databeskyttelsesrådgiveren undervejs.",
      en: "Start the impact assessment now, so that it can still shape the solution's design. Use Datatilsynet's templates for AI, and consult the data protection officer along the way.",
    },
  },
  {
    id: "legal-ai-act-classified",
    section: "legal",
    text: {
      da: "Har I vurderet, hvilken risikoklasse løsningen har efter AI-forordningen?",
      en: "Have you assessed which risk class the solution falls into under the AI Act?",
    },
    help: {
      da: "AI-forordningen forbyder visse former for AI (artikel 5), stiller krav til højrisikosystemer (artikel 6 med bilag I og III) og kræver åbenhed, når borgere interagerer med AI (artikel 50). Klassen afgør, hvilke pligter I har som idriftsætter – eller som udbyder, hvis I selv udvikler løsningen. Resultatsiden giver en første indikation, men den erstatter ikke jeres egen vurdering.",
      en: "The AI Act prohibits some kinds of AI (Article 5), sets requirements for high-risk systems (Article 6 with Annexes I and III) and requires transparency when citizens interact with AI (Article 50). The class decides which duties you have as a deployer – or as the provider, if you develop the solution yourselves. The results page gives a first indication, but it does not replace your own assessment.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: progressOptions(
      { id: "classified", label: { da: "Vurderet og skrevet ned", en: "Assessed and written down" } },
      "assessed",
    ),
    weight: 1,
    recommendation: {
      da: "Vurder og skriv ned, om løsningen er forbudt, højrisiko, omfattet af gennemsigtighedskrav eller har minimal risiko. Brug resultatet af den juridiske screening her som udgangspunkt, og få en jurist til at bekræfte det.",
      en: "Assess, and write down, whether the solution is prohibited, high-risk, subject to transparency duties or minimal risk. Use the legal triage here as a starting point, and have a lawyer confirm it.",
    },
  },
  {
    id: "legal-automated-decisions",
    section: "legal",
    text: {
      da: "Er det sikret, at afgørelser om borgere træffes lovligt: af et menneske, der reelt vurderer sagen, eller med udtrykkelig hjemmel til automatiske afgørelser?",
      en: "Have you made sure that decisions about citizens are made lawfully: by a person who genuinely assesses the case, or with an explicit legal basis for automated decisions?",
    },
    help: {
      da: "Databeskyttelsesforordningens artikel 22 begrænser afgørelser, der alene bygger på automatisk behandling og har retsvirkning eller på lignende måde påvirker borgeren betydeligt. Forvaltningslovens krav om bl.a. begrundelse og partshøring gælder også, når AI indgår i sagsbehandlingen. I to af katalogets cases (Region Hovedstaden og Skatteforvaltningen) træffer et menneske beslutningen; hos ATP bevilges flere sager »rent digitalt«.",
      en: "GDPR Article 22 restricts decisions based solely on automated processing that have legal or similarly significant effects on the citizen. The requirements of forvaltningsloven (the Danish Public Administration Act), such as reasons and hearing, also apply when AI is part of case handling. In two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen) a person makes the decision; at ATP more cases are granted “purely digitally”.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "I Region Hovedstaden giver AI'en hver mammografi en risikoscore, men det er altid en erfaren radiolog, der træffer beslutningen.",
        en: "In Region Hovedstaden the AI gives each mammogram a risk score, but an experienced radiologist always makes the decision.",
      },
    },
    showIf: { question: "ai-role", in: ["decision-support", "automated-decision"] },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: progressOptions({
      id: "ensured",
      label: { da: "Sikret og skrevet ned", en: "Ensured and written down" },
    }),
    weight: 2,
    recommendation: {
      da: "Beskriv, hvem der træffer afgørelsen, og hvordan medarbejderen kan gå imod AI'ens forslag. Skal løsningen træffe afgørelser automatisk, så få en jurist til at afklare, om der er udtrykkelig hjemmel, og hvordan begrundelse og partshøring sikres.",
      en: "Describe who makes the decision and how staff can overrule the AI's suggestion. If the solution is to decide automatically, have a lawyer clarify whether there is an explicit legal basis, and how reasons and hearing are ensured.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "legal-data-minimisation",
    section: "legal",
    text: {
      da: "Behandler løsningen kun de personoplysninger, der er nødvendige, og er beskyttelsen bygget ind fra starten?",
      en: "Does the solution process only the personal data it needs, and is protection built in from the start?",
    },
    help: {
      da: "Databeskyttelsesforordningens artikel 25 kræver databeskyttelse gennem design og standardindstillinger. Det kan fx betyde, at data behandles lokalt, at billeder omdannes eller sløres, før nogen ser dem, eller at oplysninger slettes hurtigt.",
      en: "GDPR Article 25 requires data protection by design and by default. This can mean, for example, that data is processed locally, that images are converted or blurred before anyone sees them, or that data is deleted quickly.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Faxe Kommune vurderer, at løsningen ikke behandler personoplysninger, fordi personer og biler sløres automatisk, før data uploades. Selve optagelsen og sløringen kan dog være behandling af personoplysninger – få det vurderet af jeres databeskyttelsesrådgiver.",
        en: "Faxe Municipality assesses that its solution processes no personal data, because people and cars are blurred automatically before data is uploaded. The recording and blurring itself may still be processing of personal data – have it assessed by your data protection officer.",
      },
    },
    showIf: { any: [processesPersonalData, mayCapturePeople] },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-considered", label: { da: "Ikke overvejet", en: "Not considered" }, points: 0 },
      {
        id: "partly",
        label: { da: "Delvist: enkelte tiltag er besluttet", en: "Partly: some measures are decided" },
        points: 1,
      },
      {
        id: "built-in",
        label: { da: "Bygget ind i løsningens design", en: "Built into the solution's design" },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Gennemgå hvert datafelt og hver billedkilde: Hvad skal løsningen bruge, og hvad kan fjernes, sløres eller behandles lokalt? Skriv valgene ind i kravene til løsningen eller leverandøren.",
      en: "Go through every data field and image source: what does the solution need, and what can be removed, blurred or processed locally? Write the choices into the requirements for the solution or the vendor.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "legal-transparency",
    section: "legal",
    text: {
      da: "Får borgerne at vide, at der bruges AI, og hvad den bruges til?",
      en: "Are citizens told that AI is used, and what it is used for?",
    },
    help: {
      da: "Når borgere interagerer direkte med et AI-system, skal de efter AI-forordningens artikel 50 have det at vide (fra 2. august 2026). Også når AI kun støtter medarbejderne, styrker det tilliden, at borgerne kan få at vide, hvordan deres oplysninger indgår.",
      en: "When citizens interact directly with an AI system, AI Act Article 50 requires that they are told (from 2 August 2026). Even when AI only supports staff, it builds trust that citizens can find out how their information is used.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved Kommune fremhæver, at medarbejdere og ledere skal klædes grundigt på til dialogen med beboere og pårørende om sensorerne.",
        en: "Næstved Municipality stresses that staff and managers must be prepared thoroughly for the dialogue with residents and relatives about the sensors.",
      },
    },
    showIf: { question: "audience", in: ["affects-citizens", "citizens-interact"] },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-planned", label: { da: "Ikke planlagt", en: "Not planned" }, points: 0 },
      { id: "planned", label: { da: "Planlagt", en: "Planned" }, points: 1 },
      {
        id: "in-place",
        label: { da: "Tekst og kanal er klar", en: "Text and channel are ready" },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Skriv en kort og letforståelig tekst om, hvad AI'en gør, hvilke oplysninger den bruger, og hvem borgeren kan kontakte. Vis den dér, hvor borgeren møder løsningen, eller i brevet om sagen.",
      en: "Write a short, plain text on what the AI does, which information it uses and whom the citizen can contact. Show it where the citizen meets the solution, or in the letter about the case.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "legal-administrative-law",
    section: "legal",
    text: {
      da: "Har I afklaret, hvordan forvaltningslovens krav opfyldes, når AI'en forbereder eller træffer afgørelser: begrundelse, partshøring og at sagen er tilstrækkeligt oplyst?",
      en: "Have you clarified how administrative law is met when the AI prepares or makes decisions: reasons, hearing of the parties, and a sufficiently investigated case?",
    },
    help: {
      da: "En afgørelse skal begrundes med de regler og faktiske forhold, den bygger på (forvaltningslovens §§ 22-24), parten skal som regel høres over oplysninger, der taler imod vedkommende (§ 19), og myndigheden skal sørge for, at sagen er tilstrækkeligt oplyst (officialprincippet). Det gælder også, når AI læser, sorterer eller vurderer sagens oplysninger. Vælg »Ikke relevant«, hvis AI'ens resultat ikke indgår i sager, der ender med en afgørelse, fx hvis den kun fordeler henvendelser.",
      en: "A decision must state the rules and facts it rests on (forvaltningsloven sections 22-24), the party must usually be heard on information that counts against them (section 19), and the authority must make sure the case is sufficiently investigated (the inquisitorial principle). This also applies when AI reads, sorts or assesses the case's information. Choose “Not applicable” if the AI's output does not feed into cases that end in a decision, for example if it only routes enquiries.",
    },
    showIf: preparesDecisions,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: progressOptions({
      id: "clarified",
      label: { da: "Afklaret og skrevet ind i arbejdsgangen", en: "Clarified and built into the workflow" },
    }),
    weight: 1,
    recommendation: {
      da: "Gennemgå arbejdsgangen med en jurist: Hvordan kan begrundelsen forklare, hvad AI'en har bidraget med? Hvornår skal borgeren høres over AI'ens resultat? Hvordan kontrollerer sagsbehandleren, at sagen er tilstrækkeligt oplyst, når AI'en har læst eller sorteret oplysningerne? Skriv svarene ind i arbejdsgangen.",
      en: "Go through the workflow with a lawyer: how can the reasons explain what the AI contributed? When must the citizen be heard on the AI's output? How does the caseworker check that the case is sufficiently investigated when the AI has read or sorted the information? Write the answers into the workflow.",
    },
  },
  {
    id: "legal-records",
    section: "legal",
    text: {
      da: "Har I afklaret, hvordan AI'ens resultater journaliseres og arkiveres, når de indgår i sagsbehandlingen?",
      en: "Have you clarified how the AI's outputs are registered and archived when they become part of case handling?",
    },
    help: {
      da: "Dokumenter, der har betydning for en sag, skal journaliseres (offentlighedslovens § 15), og oplysninger om sagens faktiske grundlag skal noteres (§ 13). Data og dokumenter i it-systemer skal bevares eller kasseres efter arkivloven og Rigsarkivets regler. Afklar, hvilke af AI'ens resultater – fx aflæste oplysninger, sortering eller forslag – der bliver en del af sagen.",
      en: "Documents that matter to a case must be registered (offentlighedsloven section 15), and information about the facts of the case must be noted (section 13). Data and documents in IT systems must be preserved or deleted under the Archives Act and the rules of Rigsarkivet. Clarify which of the AI's outputs – such as extracted information, routing or suggestions – become part of the case.",
    },
    showIf: preparesDecisions,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: progressOptions({
      id: "clarified",
      label: { da: "Afklaret med arkiv og journal", en: "Clarified with records management" },
    }),
    weight: 1,
    recommendation: {
      da: "Beslut sammen med jeres journal- og arkivfunktion, hvilke af AI'ens resultater der skal journaliseres, hvor de gemmes, og hvornår de slettes eller afleveres til arkiv. Skriv det ind i kravene til løsningen.",
      en: "Decide with your records and archives function which of the AI's outputs must be registered, where they are kept and when they are deleted or transferred to the archives. Write it into the requirements for the solution.",
    },
  },
  {
    id: "legal-vendor-contract",
    section: "legal",
    text: {
      da: "Sikrer kontrakten med leverandøren jeres rettigheder til data og resultater, om leverandøren må træne på jeres data, og hvordan I kommer ud af aftalen?",
      en: "Does the contract with the vendor secure your rights to data and outputs, whether the vendor may train on your data, and how you leave the agreement?",
    },
    help: {
      da: "Kataloget råder til at inddrage IT-kontraktgruppen for at sikre compliance med GDPR, teknik og sikkerhed. Behandler leverandøren personoplysninger for jer, skal der være en databehandleraftale, og bruger leverandøren jeres data til at træne sine egne modeller, bliver den selv dataansvarlig for det (databeskyttelsesforordningens artikel 28). Aftal også, hvordan I får jeres data og dokumentation med, hvis I skifter leverandør (exit).",
      en: "The catalogue advises involving the IT contracts group to ensure compliance with the GDPR, technology and security. If the vendor processes personal data for you, a data processing agreement is required, and if the vendor uses your data to train its own models, it becomes a controller for that itself (GDPR Article 28). Also agree how you take your data and documentation with you if you change vendor (exit).",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Faxe Kommune peger på, at det kan være relevant at inddrage IT-kontraktgruppen for at sikre compliance i forhold til GDPR, teknik og sikkerhed.",
        en: "Faxe Municipality points out that it can be relevant to involve the IT contracts group to ensure compliance with the GDPR, technology and security.",
      },
    },
    showIf: boughtOrReused,
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-addressed", label: { da: "Ikke behandlet", en: "Not addressed" }, points: 0 },
      {
        id: "partly",
        label: { da: "Delvist: nogle af vilkårene er aftalt", en: "Partly: some of the terms are agreed" },
        points: 1,
      },
      {
        id: "in-contract",
        label: {
          da: "Data, træning og exit står i kontrakten",
          en: "Data, training and exit are in the contract",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Inddrag jeres kontraktfolk, før I vælger leverandør, og skriv ind i kravene: hvem der ejer data og resultater, at leverandøren ikke må træne på jeres data uden aftale, en databehandleraftale, hvis der er personoplysninger, og en exitplan med udlevering af data og dokumentation.",
      en: "Involve your contract staff before you choose a vendor, and write into the requirements: who owns data and outputs, that the vendor may not train on your data without agreement, a data processing agreement if there is personal data, and an exit plan with handover of data and documentation.",
    },
    recommendationCase: "faxe",
  },
];
