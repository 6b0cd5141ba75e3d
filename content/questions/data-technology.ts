import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * Scored questions for the prerequisite "Data og teknologi": can the project get, trust and run
 * on the data and systems it needs. Options run from the weakest (0 points) to the best.
 */
export const dataTechnologyQuestions: ScoredQuestion[] = [
  {
    id: "dt-data-access",
    section: "data-technology",
    text: {
      da: "Har I adgang til de data, løsningen skal trænes, testes og køre på – både juridisk og teknisk?",
      en: "Do you have access to the data the solution will be trained, tested and run on – both legally and technically?",
    },
    help: {
      da: "Juridisk adgang betyder, at I må bruge data til netop dette formål; teknisk adgang betyder, at data kan trækkes ud af de systemer, hvor de ligger. Uden begge dele står projektet stille, uanset hvor god modellen er.",
      en: "Legal access means you may use the data for this very purpose; technical access means the data can be extracted from the systems that hold it. Without both, the project stands still however good the model is.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen skulle have juridiske analyser og godkendelser på plads, før løsningen kunne tages i brug, fordi henvendelserne indeholder personoplysninger.",
        en: "Skatteforvaltningen needed legal analyses and approvals in place before the solution could go live, because the enquiries contain personal data.",
      },
    },
    options: [
      {
        id: "no-access",
        label: {
          da: "Nej, hverken den juridiske eller den tekniske adgang er på plads",
          en: "No, neither legal nor technical access is in place",
        },
        points: 0,
      },
      {
        id: "not-collected-yet",
        label: {
          da: "Data findes ikke endnu – fx er sensorerne ikke sat op, eller blanketten er ny",
          en: "The data does not exist yet – e.g. the sensors are not installed, or the form is new",
        },
        points: 1,
      },
      {
        id: "one-of-two",
        label: {
          da: "Delvist: enten den juridiske eller den tekniske adgang er på plads",
          en: "Partly: either legal or technical access is in place",
        },
        points: 1,
      },
      {
        id: "both-agreed",
        label: {
          da: "Begge dele er aftalt, men vi har endnu ikke fået data",
          en: "Both are agreed, but we have not received the data yet",
        },
        points: 2,
      },
      {
        id: "data-in-hand",
        label: {
          da: "Ja, vi har data og må bruge dem til formålet",
          en: "Yes, we have the data and may use it for this purpose",
        },
        points: 3,
      },
    ],
    weight: 2,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Skriv ned, hvilke data I skal bruge, fra hvilke systemer og i hvilke faser (træning, test, drift), og få systemejeren og en jurist til at bekræfte adgangen, før I går videre.",
      en: "Write down which data you need, from which systems and in which phases (training, testing, operation), and have the system owner and a lawyer confirm access before you go further.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "dt-ground-truth",
    section: "data-technology",
    text: {
      da: "Er det registreret, hvad det rigtige udfald var i de historiske sager – fx hvilket fagområde en henvendelse endte hos?",
      en: "Is the correct outcome of the historical cases recorded – e.g. which receiving area an enquiry ended up with?",
    },
    help: {
      da: "Modellen lærer af og måles mod dette facit, så det skal være registreret ensartet og for alle de udfald, løsningen skal kunne skelne; et facit, der føres forskelligt fra enhed til enhed, lærer modellen forkerte mønstre. Vælg kun »Ikke relevant«, hvis løsningen hverken skal trænes eller testes på historiske data fra jer.",
      en: "The model learns from and is measured against this ground truth, so it must be recorded consistently and for every outcome the solution has to tell apart; a ground truth kept differently from unit to unit teaches the model the wrong patterns. Choose “Not applicable” only if the solution will be neither trained nor tested on your historical data.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Ud over mængden kræver Skatteforvaltningens løsning en relevant fordeling af de afsluttede henvendelser på de modtagende fagområder.",
        en: "Besides volume, Skatteforvaltningen's solution needs a relevant spread of closed enquiries over the receiving areas.",
      },
    },
    options: [
      {
        id: "not-recorded",
        label: { da: "Nej, udfaldet er ikke registreret", en: "No, the outcome is not recorded" },
        points: 0,
      },
      {
        id: "partly-recorded",
        label: {
          da: "Delvist: kun for nogle sager, eller registreret uensartet",
          en: "Partly: only for some cases, or recorded inconsistently",
        },
        points: 1,
      },
      {
        id: "consistent-uneven",
        label: {
          da: "Ja, ensartet registreret, men nogle udfald har meget få eksempler",
          en: "Yes, recorded consistently, but some outcomes have very few examples",
        },
        points: 2,
      },
      {
        id: "consistent-balanced",
        label: {
          da: "Ja, ensartet registreret, og alle udfald har nok eksempler",
          en: "Yes, recorded consistently, and every outcome has enough examples",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: true,
    recommendation: {
      da: "Undersøg, hvordan udfaldet registreres i fagsystemet, og tæl eksempler pr. udfald. Aftal en fast registreringspraksis med fagfolkene, eller afgræns løsningen til de udfald, der er data nok til.",
      en: "Check how the outcome is recorded in the case system and count examples per outcome. Agree a fixed recording practice with the domain staff, or limit the solution to the outcomes that have enough data.",
    },
  },
  {
    id: "dt-test-environment",
    section: "data-technology",
    text: {
      da: "Har I et sted, hvor løsningen kan udvikles og afprøves på rigtige data uden at påvirke driften?",
      en: "Do you have a place where the solution can be developed and tested on real data without affecting live operations?",
    },
    help: {
      da: "Afprøvning kræver et test- eller udviklingsmiljø – jeres eget eller leverandørens – hvor rigtige, ofte fortrolige data må ligge, og hvor fejl ikke rammer borgere eller sager. Mangler det, venter projektet på opsætning og sikkerhedsgodkendelser, før der overhovedet kan testes.",
      en: "Testing needs a test or development environment – your own or the vendor's – where real, often confidential data may be held and where mistakes do not reach citizens or cases. Without one, the project waits for set-up and security approvals before any testing can begin.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP udviklede og afprøvede løsningen i løbet af 2024 og brugte ca. 130.000 kr. på afprøvningen, før løsningen gik i drift i januar 2025.",
        en: "ATP developed and tested the solution during 2024 and spent about DKK 130,000 on the trials before it went into operation in January 2025.",
      },
    },
    options: [
      {
        id: "none",
        label: { da: "Nej, der er intet miljø til det", en: "No, there is no environment for it" },
        points: 0,
      },
      {
        id: "planned",
        label: {
          da: "Det er planlagt eller bestilt, men ikke klar",
          en: "It is planned or ordered, but not ready",
        },
        points: 1,
      },
      {
        id: "not-approved",
        label: {
          da: "Miljøet findes, men er ikke godkendt til de data, vi skal bruge",
          en: "The environment exists, but is not approved for the data we need",
        },
        points: 2,
      },
      {
        id: "ready",
        label: {
          da: "Ja, miljøet er klar og godkendt til de data, vi skal bruge",
          en: "Yes, the environment is ready and approved for the data we need",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Aftal med it-drift, informationssikkerhed eller leverandøren, hvor løsningen kan afprøves på rigtige data, og få miljøet godkendt til de data, før udviklingen går i gang. Afprøv gerne løsningen på historiske sager, før den bruges på nye.",
      en: "Agree with IT operations, information security or the vendor where the solution can be tested on real data, and have the environment approved for that data before development starts. Where you can, test the solution on historical cases before using it on new ones.",
    },
    recommendationCase: "region-hovedstaden",
  },
  {
    id: "dt-integration",
    section: "data-technology",
    text: {
      da: "Er det afklaret, hvordan løsningen skal hente data fra og aflevere resultater til de systemer, I bruger i dag?",
      en: "Is it clear how the solution will get data from and deliver results to the systems you use today?",
    },
    help: {
      da: "Løsningen skal spille sammen med fx sagssystem, journal, postkasse eller et eksisterende OCR-flow. Integrationen tager ofte længere tid end selve modellen, og det er langt lettere at bygge videre på en arkitektur, I allerede driver, end at indføre en ny.",
      en: "The solution has to work with e.g. the case system, the patient record, an inbox or an existing OCR flow. Integration often takes longer than the model itself, and extending an architecture you already run is far easier than introducing a new one.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP fremhæver, at det hjalp projektet betydeligt at kunne bygge videre på den eksisterende OCR-arkitektur.",
        en: "ATP stresses that being able to build on its existing OCR architecture helped the project greatly.",
      },
    },
    options: [
      {
        id: "not-clarified",
        label: { da: "Nej, det er ikke afklaret", en: "No, it has not been clarified" },
        points: 0,
      },
      {
        id: "systems-known",
        label: {
          da: "Vi ved, hvilke systemer det drejer sig om, men ikke hvordan der kobles på",
          en: "We know which systems are involved, but not how to connect to them",
        },
        points: 1,
      },
      {
        id: "agreed",
        label: {
          da: "Ja, koblingen er beskrevet og aftalt med systemejerne",
          en: "Yes, the connection is described and agreed with the system owners",
        },
        points: 2,
      },
      {
        id: "extends-existing",
        label: {
          da: "Ja, og løsningen bygger videre på en platform eller arkitektur, vi allerede driver",
          en: "Yes, and the solution extends a platform or architecture we already run",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Tegn dataflowet fra fagsystemet til modellen og tilbage, og få systemejere og leverandører til at bekræfte snitflader og pris. Undersøg, om en platform, I allerede driver, kan bære løsningen.",
      en: "Draw the data flow from the case system to the model and back, and have system owners and vendors confirm the interfaces and their cost. Check whether a platform you already run can carry the solution.",
    },
    recommendationCase: "atp",
  },
  {
    id: "dt-operation",
    section: "data-technology",
    text: {
      da: "Er det besluttet, hvor løsningen skal køre, og hvem der driver den?",
      en: "Has it been decided where the solution will run and who will operate it?",
    },
    help: {
      da: "Drift omfatter servere, enheder eller cloud, opdateringer, overvågning, fejlretning og support. Uden en driftsansvarlig går løsningen i stå, når projektgruppen går fra hinanden.",
      en: "Operation covers servers, devices or cloud, updates, monitoring, fault-fixing and support. Without someone responsible for operation, the solution stalls when the project group disbands.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstveds løsning bruger edge computing: data behandles lokalt på en minicomputer hos den enkelte beboer.",
        en: "Næstved's solution uses edge computing: data is processed locally on a mini-computer with each resident.",
      },
    },
    options: [
      {
        id: "undecided",
        label: { da: "Nej, ingen af delene er besluttet", en: "No, neither has been decided" },
        points: 0,
      },
      {
        id: "one-decided",
        label: {
          da: "Delvist: enten stedet eller driftsansvaret er besluttet",
          en: "Partly: either the place or the responsibility for operation is decided",
        },
        points: 1,
      },
      {
        id: "both-decided",
        label: { da: "Ja, begge dele er besluttet", en: "Yes, both are decided" },
        points: 2,
      },
      {
        id: "operating-agreement",
        label: {
          da: "Ja, og ansvar, support og oppetid er beskrevet i en driftsaftale",
          en: "Yes, and responsibility, support and uptime are set out in an operating agreement",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Aftal med jeres it-drift eller leverandør, hvor løsningen kører, hvem der overvåger og opdaterer den, og hvem brugerne kontakter ved fejl, og skriv det ind i en driftsaftale.",
      en: "Agree with your IT operations or vendor where the solution runs, who monitors and updates it and whom users contact when it fails, and put it in an operating agreement.",
    },
  },
  {
    id: "dt-monitoring-retraining",
    section: "data-technology",
    text: {
      da: "Er der en plan for at følge modellens træfsikkerhed i drift og for at gentræne eller opdatere den?",
      en: "Is there a plan for tracking the model's accuracy in operation and for retraining or updating it?",
    },
    help: {
      da: "Sager, dokumenter og borgernes forhold ændrer sig over tid, og så kan modellen blive dårligere, uden at nogen opdager det. Planen siger, hvad der måles, hvor ofte, hvem der reagerer, og hvordan modellen gentrænes eller opdateres.",
      en: "Cases, documents and citizens' circumstances change over time, and the model can then get worse without anyone noticing. The plan says what is measured, how often, who acts, and how the model is retrained or updated.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningens model trænes løbende på de seneste 13 måneders henvendelser.",
        en: "Skatteforvaltningen's model is retrained continuously on the latest 13 months of enquiries.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "considered",
        label: {
          da: "Det er overvejet, men intet er besluttet",
          en: "It has been considered, but nothing is decided",
        },
        points: 1,
      },
      {
        id: "partial",
        label: {
          da: "Delvist: enten målingen eller gentræningen er planlagt",
          en: "Partly: either the measuring or the retraining is planned",
        },
        points: 2,
      },
      {
        id: "full-plan",
        label: {
          da: "Ja: målepunkter, grænser for hvornår der skal handles, ansvar og gentræning er beskrevet",
          en: "Yes: measures, thresholds for action, responsibility and retraining are described",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Vælg et par nøgletal (fx andelen af korrekte resultater), en grænse der udløser handling, og en fast rytme for gentræning eller opdatering. Giv én person ansvaret.",
      en: "Choose a few key figures (e.g. the share of correct results), a threshold that triggers action and a fixed rhythm for retraining or updating. Make one person responsible.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "dt-security",
    section: "data-technology",
    text: {
      da: "Er løsningen vurderet efter jeres regler for informationssikkerhed – herunder hvor data ligger, hvem der kan se dem, og hvordan de beskyttes?",
      en: "Has the solution been assessed against your information security rules – including where data is stored, who can see it and how it is protected?",
    },
    help: {
      da: "En AI-løsning er også et it-system og skal igennem den samme sikkerhedsvurdering som andre systemer: adgangsstyring, kryptering, logning, hvor data opbevares, og hvad leverandøren har adgang til. Nye komponenter som cloudtjenester og sensorer kan åbne nye veje ind.",
      en: "An AI solution is also an IT system and must pass the same security assessment as any other: access control, encryption, logging, where data is stored and what the vendor can access. New components such as cloud services and sensors can open new ways in.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstveds løsning kommunikerer krypteret, og billederne fra sensorerne slettes straks efter behandling.",
        en: "Næstved's solution communicates in encrypted form, and the sensor images are deleted straight after processing.",
      },
    },
    options: [
      {
        id: "not-assessed",
        label: { da: "Nej, den er ikke vurderet", en: "No, it has not been assessed" },
        points: 0,
      },
      {
        id: "in-progress",
        label: { da: "Vurderingen er i gang", en: "The assessment is under way" },
        points: 1,
      },
      {
        id: "open-issues",
        label: { da: "Ja, vurderet, men der er åbne punkter", en: "Yes, assessed, but issues remain open" },
        points: 2,
      },
      {
        id: "approved",
        label: {
          da: "Ja, vurderet og godkendt af den ansvarlige for informationssikkerhed",
          en: "Yes, assessed and approved by the person responsible for information security",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Få jeres ansvarlige for informationssikkerhed til at vurdere løsningen tidligt, og inddrag dem, der står for it-kontrakter, så sikkerhedskravene kommer med i aftalen.",
      en: "Have the person responsible for your information security assess the solution early, and involve whoever handles IT contracts so that the security requirements go into the agreement.",
    },
    recommendationCase: "faxe",
  },
];
