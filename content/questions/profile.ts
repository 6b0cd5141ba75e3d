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
      da: "Fagområdet vejer sammen med teknologien tungest, når værktøjet finder de cases i kataloget, der ligner jeres projekt; datatyper og AI'ens rolle vejer også meget. Passer flere områder, så vælg det, hvor opgaven løses. Fagområdet bruges også i den juridiske screening.",
      en: "The domain and the technology weigh most when the tool finds the catalogue's cases that resemble your project; the data types and the AI's role also weigh a lot. If several domains fit, choose the one where the task is done. The domain is also used in the legal triage.",
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
      da: "Er I i tvivl, så vælg det, leverandøren eller jeres egne specialister foreslår. Teknologien vejer tungest sammen med fagområdet, når værktøjet finder lignende cases.",
      en: "If unsure, choose what the vendor or your own specialists propose. The technology weighs most, together with the domain, when the tool finds similar cases.",
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
      da: "Tag både de data, modellen trænes på, og dem, den bruger i drift. Scannede papirer, PDF-filer og filer hentet fra andre systemer (fx kontoudtog) hører under dokumenter; fotos af sår eller hud under medicinske billeder. Datatyperne vejer meget, når værktøjet finder lignende cases.",
      en: "Include both the data the model is trained on and the data it uses in operation. Scanned papers, PDF files and files exported from other systems (e.g. bank statements) count as documents; photos of wounds or skin as medical images. The data types weigh a lot when the tool finds similar cases.",
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
      da: "Også billeder, fritekst og dokumenter kan indeholde personoplysninger. Vælg den mest følsomme kategori, der indgår i træning eller drift. Fanger løsningen kun personoplysninger, den ikke skal bruge – fx forbipasserende på billeder eller navne i dokumenter, den kun sorterer – så vælg »Kun tilfældigt«: det er stadig behandling af personoplysninger.",
      en: "Images, free text and documents can contain personal data too. Choose the most sensitive category involved in training or operation. If the solution only captures personal data it does not need – such as passers-by in images, or names in documents it only sorts – choose “Only incidentally”: that is still processing of personal data.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Kommunen vurderer, at løsningen ikke behandler personoplysninger, fordi mennesker og biler sløres automatisk, før billederne uploades. Selve optagelsen og sløringen kan dog være behandling af personoplysninger – få det vurderet af jeres databeskyttelsesrådgiver (DPO).",
        en: "The municipality judges that the solution processes no personal data, because people and cars are blurred automatically before the images are uploaded. The recording and blurring can themselves be processing of personal data, though – have your data protection officer (DPO) assess it.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
  },
  {
    id: "audience",
    section: "profile",
    attribute: "audience",
    text: {
      da: "Hvem bruger løsningen, og hvem berører den?",
      en: "Who uses or is affected by the solution?",
    },
    help: {
      da: "Kataloget anbefaler at starte med en proces, der ikke er borgervendt. Vælg den beskrivelse, der passer bedst på den første version. Svaret bruges også, når værktøjet finder lignende cases.",
      en: "The catalogue recommends starting with a process that does not face citizens. Choose what best describes the first version. The answer is also used when the tool finds similar cases.",
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
      da: "Vælg den mest vidtgående rolle. Rollen har betydning for den juridiske screening – særligt om der træffes afgørelser automatisk – og vejer meget, når værktøjet finder lignende cases.",
      en: "Choose the most far-reaching role. The role matters for the legal triage – especially whether decisions are made automatically – and weighs a lot when the tool finds similar cases.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen lader AI'en fordele henvendelser, mens vejledere stadig besvarer dem.",
        en: "Skatteforvaltningen lets the AI route enquiries, while advisers still answer them.",
      },
    },
    // The roles are hard to tell apart without the help: it starts unfolded.
    helpOpen: true,
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
      da: "Tæl det, løsningen skal give et resultat om: sager, dokumenter eller henvendelser. Ved kameraer og sensorer tæller I de hændelser, løsningen melder eller registrerer (fx alarmer eller fundne skader), ikke hvert billede eller hver måling; skriv gerne i noten, hvor mange personer eller steder der overvåges. Et højt antal gentagelser gør en AI-løsning mere værd og giver mere data at lære af.",
      en: "Count what the solution is to give a result on: cases, documents or enquiries. For cameras and sensors, count the events the solution reports or records (such as alarms or damage found), not every image or reading; you may note how many people or places are monitored. Many repetitions make an AI solution worth more and give more data to learn from.",
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
      da: "Før I starter fra bunden, så undersøg, om en eksisterende løsning kan genbruges. Svaret bruges også, når værktøjet finder lignende cases.",
      en: "Before starting from scratch, find out whether an existing solution can be reused. The answer is also used when the tool finds similar cases.",
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
        da: "Kommunen behandler data lokalt på en minicomputer hos beboeren (edge computing).",
        en: "The municipality processes data locally on a mini-computer by the resident (edge computing).",
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
      da: "Områderne kan udløse særlige krav i AI-forordningen (bilag I og III), og nogle former for AI er forbudt (artikel 5). Kun biometrisk verifikation (1:1) er ikke et højrisikoområde. Passer ingen, så vælg »Ingen af disse«.",
      en: "These areas can trigger particular requirements under the AI Act (Annexes I and III), and some kinds of AI are prohibited (Article 5). Biometric verification only (1:1) is not a high-risk area. If none fits, choose “None of these”.",
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
    // Few know the term without the help: it starts unfolded.
    helpOpen: true,
    offersDontKnow: true,
    offersNotApplicable: false,
  },
];
