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

/** The three legal-basis questions share these options so the legal triage can read them. */
const legalBasisOptions: ScoredQuestion["options"] = [
  { id: "not-examined", label: { da: "Ikke undersøgt", en: "Not examined" }, points: 0 },
  { id: "in-progress", label: { da: "Undersøges nu", en: "Being examined" }, points: 1 },
  {
    id: "clarified",
    label: { da: "Afklaret og skrevet ned", en: "Clarified and written down" },
    points: 2,
  },
];

export const legalQuestions: ScoredQuestion[] = [
  {
    id: "legal-basis-operation",
    section: "legal",
    text: {
      da: "Har I undersøgt, hvilken hjemmel I har til at behandle personoplysninger, når løsningen er i drift?",
      en: "Have you examined the legal basis for processing personal data when the solution is in operation?",
    },
    help: {
      da: "En myndighed, der behandler personoplysninger for at løse en opgave i samfundets interesse, bygger normalt på databeskyttelsesforordningens artikel 6, stk. 1, litra e, og for følsomme oplysninger som helbredsoplysninger på artikel 9, stk. 2, litra g eller h. Begge kræver et tilstrækkeligt klart supplerende grundlag i dansk lovgivning.",
      en: "A public authority that processes personal data to perform a task in the public interest normally relies on GDPR Article 6(1)(e), and for special categories such as health data on Article 9(2)(g) or (h). Both need a sufficiently clear supplementary basis in Danish law.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved Kommune fandt hjemmel i serviceloven § 136 e, fordi faldsensorerne blev vurderet som tryghedsskabende velfærdsteknologi.",
        en: "Næstved Kommune found its legal basis in Serviceloven § 136 e, because the fall sensors were judged to be welfare technology that creates safety.",
      },
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: false,
    options: legalBasisOptions,
    weight: 2,
    recommendation: {
      da: "Få en jurist til at fastlægge behandlingsgrundlaget for driften: artikel 6, stk. 1, litra e, eventuelt artikel 9, stk. 2, og den bestemmelse i dansk lov, der giver det supplerende grundlag. Skriv vurderingen ned, og få den godkendt, før løsningen tages i brug.",
      en: "Have a lawyer establish the legal basis for operation: Article 6(1)(e), where relevant Article 9(2), and the provision of Danish law that gives the supplementary basis. Write the assessment down and have it approved before the solution is put to use.",
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
      da: "Datatilsynet har i en udtalelse fra 2023 om udvikling og drift af en AI-løsning på sundheds- og omsorgsområdet (sag 2023-212-0015) fundet, at hjemlen kan være en anden, når man udvikler en model, end når man bruger den. Vælg »Ikke relevant«, hvis I ikke selv bruger personoplysninger til at udvikle eller træne modellen, fx fordi I køber en færdigtrænet løsning.",
      en: "In a 2023 statement on developing and operating an AI solution in health and care (case 2023-212-0015), Datatilsynet found that the legal basis can differ between developing a model and using it. Choose “Not applicable” if you do not use personal data yourselves to develop or train the model, for example because you buy a ready-trained solution.",
    },
    showIf: processesPersonalData,
    offersDontKnow: true,
    offersNotApplicable: true,
    options: legalBasisOptions,
    weight: 1,
    recommendation: {
      da: "Afklar særskilt, om I har hjemmel til at bruge personoplysninger til udvikling og træning; hjemlen til driften dækker ikke nødvendigvis. Undersøg samtidig, om udviklingen kan ske med færre oplysninger.",
      en: "Clarify separately whether you have a legal basis for using personal data for development and training; the basis for operation does not necessarily cover it. At the same time, examine whether development can be done with less data.",
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
      da: "Efter databeskyttelsesforordningens artikel 35 skal der laves en konsekvensanalyse, når behandlingen sandsynligvis indebærer en høj risiko for borgerne, og altid ved fx omfattende behandling af følsomme oplysninger. Datatilsynet har siden maj 2024 haft skabeloner rettet mod AI. Databeskyttelsesrådgiveren skal høres. Vælg »Ikke relevant« kun, hvis I sammen med databeskyttelsesrådgiveren har vurderet og skrevet ned, at der ikke kræves en konsekvensanalyse.",
      en: "Under GDPR Article 35 an impact assessment is needed when processing is likely to result in a high risk to people, and always, for example, for large-scale processing of special categories. Since May 2024 Datatilsynet has published templates aimed at AI. The data protection officer must be consulted. Choose “Not applicable” only if you and the data protection officer have assessed, and written down, that no impact assessment is required.",
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
      da: "AI-forordningen forbyder visse former for AI (artikel 5), stiller krav til højrisikosystemer (artikel 6 med bilag I og III) og kræver åbenhed, når borgere interagerer med AI (artikel 50). Klassen afgør, hvilke pligter I har som idriftsætter. Resultatsiden giver en første indikation, men den erstatter ikke jeres egen vurdering.",
      en: "The AI Act prohibits some kinds of AI (Article 5), sets requirements for high-risk systems (Article 6 with Annexes I and III) and requires transparency when citizens interact with AI (Article 50). The class decides which duties you have as a deployer. The results page gives a first indication, but it does not replace your own assessment.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-examined", label: { da: "Ikke vurderet", en: "Not assessed" }, points: 0 },
      { id: "in-progress", label: { da: "Vurderes nu", en: "Being assessed" }, points: 1 },
      {
        id: "classified",
        label: { da: "Vurderet og skrevet ned", en: "Assessed and written down" },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Vurder og skriv ned, om løsningen er forbudt, højrisiko, omfattet af krav om åbenhed eller har minimal risiko. Brug resultatet af den juridiske vurdering her som udgangspunkt, og få en jurist til at bekræfte det.",
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
      da: "Databeskyttelsesforordningens artikel 22 begrænser afgørelser, der alene bygger på automatisk behandling og har retsvirkning eller på lignende måde påvirker borgeren betydeligt. Forvaltningslovens krav om bl.a. begrundelse og partshøring gælder også, når AI indgår i sagsbehandlingen. I katalogets cases er det et menneske, der træffer afgørelsen.",
      en: "GDPR Article 22 restricts decisions based solely on automated processing that have legal or similarly significant effects on the citizen. The requirements of forvaltningsloven (the Danish Public Administration Act), such as reasons and hearing, also apply when AI is part of case handling. In the catalogue's cases a person makes the decision.",
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
    options: [
      { id: "not-examined", label: { da: "Ikke undersøgt", en: "Not examined" }, points: 0 },
      { id: "in-progress", label: { da: "Undersøges nu", en: "Being examined" }, points: 1 },
      {
        id: "ensured",
        label: { da: "Sikret og skrevet ned", en: "Ensured and written down" },
        points: 2,
      },
    ],
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
        da: "Faxe Kommunes løsning slører automatisk personer og biler, før billederne uploades, og behandler derfor ikke personoplysninger.",
        en: "Faxe Kommune's solution automatically blurs people and cars before the images are uploaded, and therefore processes no personal data.",
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
      da: "Når borgere interagerer direkte med et AI-system, skal de efter AI-forordningens artikel 50 have det at vide. Også når AI kun støtter medarbejderne, styrker det tilliden, at borgerne kan få at vide, hvordan deres oplysninger indgår.",
      en: "When citizens interact directly with an AI system, AI Act Article 50 requires that they are told. Even when AI only supports staff, it builds trust that citizens can find out how their information is used.",
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
];
