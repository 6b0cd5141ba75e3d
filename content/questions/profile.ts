import type { ProfileQuestion } from "@/lib/schemas/question";

/**
 * The project profile: not scored. It feeds the matching with the six cases and the legal
 * triage. Each question's id is its vocabulary attribute's id, and its options are that
 * attribute's values (content/vocabulary.ts).
 */
export const profileQuestions: ProfileQuestion[] = [
  {
    id: "organisation-kind",
    section: "profile",
    attribute: "organisation-kind",
    text: {
      da: "Hvilken type organisation står bag projektet?",
      en: "What kind of organisation runs the project?",
    },
    help: {
      da: "Vælg den organisation, der skal eje og drive løsningen. Er I flere, så vælg den, der har ansvaret for driften.",
      en: "Choose the organisation that will own and run the solution. If several are involved, choose the one responsible for operation.",
    },
    offersDontKnow: false,
    offersNotApplicable: false,
  },
  {
    id: "domain",
    section: "profile",
    attribute: "domain",
    text: {
      da: "Hvilket fagområde skal løsningen bruges på?",
      en: "In which domain will the solution be used?",
    },
    help: {
      da: "Fagområdet bruges til at finde sammenlignelige cases og til den juridiske vurdering.",
      en: "The domain is used to find comparable cases and in the legal triage.",
    },
    offersDontKnow: false,
    offersNotApplicable: false,
  },
  {
    id: "technology",
    section: "profile",
    attribute: "technology",
    text: {
      da: "Hvilken AI-teknologi forventer I at bruge?",
      en: "Which AI technology do you expect to use?",
    },
    help: {
      da: "Vælg alle, der passer. Er I i tvivl, så vælg det, leverandøren eller jeres egne specialister foreslår.",
      en: "Choose all that apply. If unsure, choose what the vendor or your own specialists propose.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP kombinerede klassisk tekstgenkendelse (OCR) med AI for at kunne læse håndskrevne og utydelige lejekontrakter.",
        en: "ATP combined classic character recognition (OCR) with AI to read handwritten and unclear lease contracts.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "data-types",
    section: "profile",
    attribute: "data-types",
    text: {
      da: "Hvilke typer data skal løsningen arbejde med?",
      en: "What types of data will the solution work with?",
    },
    help: {
      da: "Vælg alle, der passer – både de data, modellen trænes på, og dem den bruger i drift.",
      en: "Choose all that apply – both the data the model is trained on and the data it uses in operation.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "personal-data",
    section: "profile",
    attribute: "personal-data",
    text: { da: "Behandler løsningen personoplysninger?", en: "Does the solution process personal data?" },
    help: {
      da: "Også billeder, fritekst og dokumenter kan indeholde personoplysninger. Vælg den mest følsomme kategori, der indgår i træning eller drift.",
      en: "Images, free text and documents can contain personal data too. Choose the most sensitive category involved in training or operation.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Faxe Kommune slører automatisk mennesker og biler, før billederne uploades, og behandler derfor ikke personoplysninger.",
        en: "Faxe Kommune blurs people and cars automatically before images are uploaded, so it processes no personal data.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "audience",
    section: "profile",
    attribute: "audience",
    text: { da: "Hvem møder løsningen?", en: "Who meets the solution?" },
    help: {
      da: "Kataloget anbefaler at starte med en proces, der ikke er borgervendt. Vælg den beskrivelse, der passer bedst på den første version.",
      en: "The catalogue recommends starting with a process that does not face citizens. Choose what best describes the first version.",
    },
    offersDontKnow: false,
    offersNotApplicable: false,
  },
  {
    id: "ai-role",
    section: "profile",
    attribute: "ai-role",
    text: {
      da: "Hvilken rolle får AI'en i arbejdsgangen?",
      en: "What role will the AI have in the process?",
    },
    help: {
      da: "Vælg den mest vidtgående rolle. Rollen har betydning for den juridiske vurdering – særligt om der træffes afgørelser automatisk.",
      en: "Choose the most far-reaching role. The role matters for the legal triage – especially whether decisions are made automatically.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen lader AI'en fordele henvendelser, mens vejledere stadig besvarer dem.",
        en: "Skatteforvaltningen lets the AI route enquiries, while advisers still answer them.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "annual-volume",
    section: "profile",
    attribute: "annual-volume",
    text: {
      da: "Hvor mange sager, dokumenter eller hændelser skal løsningen håndtere om året?",
      en: "How many cases, documents or events will the solution handle a year?",
    },
    help: {
      da: "Et højt antal gentagelser gør en AI-løsning mere værd og giver mere data at lære af.",
      en: "Many repetitions make an AI solution worth more and give more data to learn from.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen modtog ca. 775.000 skriftlige henvendelser i 2024.",
        en: "Skatteforvaltningen received about 775,000 written enquiries in 2024.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "sourcing",
    section: "profile",
    attribute: "sourcing",
    text: {
      da: "Skal løsningen bygges, købes eller genbruges?",
      en: "Will the solution be built, bought or reused?",
    },
    help: {
      da: "Før I starter fra bunden, så undersøg, om en eksisterende løsning kan genbruges.",
      en: "Before starting from scratch, find out whether an existing solution can be reused.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "processing-location",
    section: "profile",
    attribute: "processing-location",
    text: { da: "Hvor skal data behandles?", en: "Where will the data be processed?" },
    help: {
      da: "Placeringen har betydning for sikkerhed, drift og for overførsel af personoplysninger til lande uden for EU/EØS.",
      en: "The location matters for security, operation and for transfers of personal data outside the EU/EEA.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved Kommune behandler data lokalt på en minicomputer hos beboeren (edge computing).",
        en: "Næstved Kommune processes data locally on a mini-computer by the resident (edge computing).",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "use-areas",
    section: "profile",
    attribute: "use-areas",
    text: {
      da: "Bruges løsningen på et af disse særlige områder, eller gør den noget af dette?",
      en: "Will the solution be used in one of these particular areas, or does it do any of these things?",
    },
    help: {
      da: 'Områderne kan udløse særlige krav i AI-forordningen (bilag I og III), og nogle former for AI er forbudt (artikel 5). Kun biometrisk verifikation (1:1) er ikke et højrisikoområde. Vælg alle, der passer, eller "Ingen af disse".',
      en: 'These areas may trigger particular requirements under the AI Act (Annexes I and III), and some kinds of AI are prohibited (Article 5). Biometric verification only (1:1) is not a high-risk area. Choose all that apply, or "None of these".',
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "profiling",
    section: "profile",
    attribute: "profiling",
    text: {
      da: "Vurderer løsningen personlige forhold hos enkelte personer (profilering)?",
      en: "Does the solution evaluate personal aspects of individuals (profiling)?",
    },
    help: {
      da: "Profilering er fx at forudsige en persons adfærd, helbred eller økonomiske situation. Det har betydning for både GDPR og AI-forordningen.",
      en: "Profiling is, for example, predicting a person's behaviour, health or economic situation. It matters under both the GDPR and the AI Act.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
];
