import type { Vocabulary } from "@/lib/schemas/vocabulary";

/**
 * The profile vocabulary shared by the profile questions and the six cases.
 * matchWeight says how much an attribute counts when comparing a project with a case; the
 * attributes that only serve the legal triage have weight 0.
 */
export const vocabulary: Vocabulary = [
  {
    id: "organisation-kind",
    label: { da: "Type af organisation", en: "Kind of organisation" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 1,
    values: [
      { id: "municipality", label: { da: "Kommune", en: "Municipality" } },
      { id: "region", label: { da: "Region eller hospital", en: "Region or hospital" } },
      { id: "state-agency", label: { da: "Statslig myndighed", en: "State agency" } },
      {
        id: "other-public",
        label: {
          da: "Anden offentlig organisation (fx selvejende institution)",
          en: "Other public body (e.g. a self-governing institution)",
        },
      },
    ],
  },
  {
    id: "domain",
    label: { da: "Fagområde", en: "Domain" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 3,
    values: [
      { id: "elderly-care", label: { da: "Ældrepleje og omsorg", en: "Elderly care" } },
      { id: "health", label: { da: "Sundhed og hospitaler", en: "Health and hospitals" } },
      {
        id: "administration",
        label: { da: "Administration og borgerservice", en: "Administration and citizen service" },
      },
      {
        id: "social-benefits",
        label: { da: "Ydelser og udbetalinger", en: "Benefits and payments" },
      },
      {
        id: "infrastructure",
        label: { da: "Veje, trafik og forsyning", en: "Roads, traffic and utilities" },
      },
      {
        id: "building-planning",
        label: { da: "Byggeri, plan og miljø", en: "Building, planning and environment" },
      },
      { id: "education", label: { da: "Uddannelse og dagtilbud", en: "Education and childcare" } },
      { id: "employment", label: { da: "Beskæftigelse", en: "Employment services" } },
      { id: "other", label: { da: "Andet fagområde", en: "Another domain" } },
    ],
  },
  {
    id: "technology",
    label: { da: "Teknologi", en: "Technology" },
    cardinality: "multi",
    scale: "nominal",
    matchWeight: 3,
    values: [
      {
        id: "computer-vision",
        label: { da: "Computer vision (billedanalyse)", en: "Computer vision (image analysis)" },
      },
      { id: "sensor-technology", label: { da: "Sensorteknologi", en: "Sensor technology" } },
      { id: "deep-learning", label: { da: "Deep learning", en: "Deep learning" } },
      {
        id: "machine-learning",
        label: {
          da: "Maskinlæring (klassifikation, prædiktion)",
          en: "Machine learning (classification, prediction)",
        },
      },
      {
        id: "natural-language",
        label: { da: "Tekstanalyse (sprogteknologi)", en: "Text analysis (language technology)" },
      },
      { id: "ocr", label: { da: "Tekstgenkendelse (OCR)", en: "Optical character recognition (OCR)" } },
      {
        id: "generative-ai",
        label: { da: "Generativ AI (fx sprogmodeller)", en: "Generative AI (e.g. language models)" },
      },
    ],
  },
  {
    id: "data-types",
    label: { da: "Datatyper", en: "Data types" },
    cardinality: "multi",
    scale: "nominal",
    matchWeight: 2,
    values: [
      { id: "images-video", label: { da: "Billeder eller video", en: "Images or video" } },
      {
        id: "medical-images",
        label: {
          da: "Medicinske billeder (scanninger og kliniske fotos, fx af sår eller hud)",
          en: "Medical images (scans and clinical photos, e.g. of wounds or skin)",
        },
      },
      { id: "sensor-data", label: { da: "Sensordata", en: "Sensor data" } },
      {
        id: "free-text",
        label: { da: "Fritekst (henvendelser, notater)", en: "Free text (enquiries, notes)" },
      },
      {
        id: "documents",
        label: {
          da: "Dokumenter, blanketter og filer (fx kontrakter, breve, kontoudtog, PDF- eller CSV-filer)",
          en: "Documents, forms and files (e.g. contracts, letters, bank statements, PDF or CSV files)",
        },
      },
      {
        id: "structured-records",
        label: { da: "Strukturerede registerdata", en: "Structured register data" },
      },
      { id: "location-data", label: { da: "Geografiske data", en: "Location data" } },
      { id: "audio", label: { da: "Lyd og tale", en: "Audio and speech" } },
    ],
  },
  {
    id: "personal-data",
    label: { da: "Personoplysninger", en: "Personal data" },
    cardinality: "single",
    scale: "ordinal",
    matchWeight: 1.5,
    values: [
      { id: "none", label: { da: "Ingen personoplysninger", en: "No personal data" }, rank: 0 },
      {
        id: "incidental",
        label: {
          da: "Kun tilfældigt (fx personer på billeder eller navne i dokumenter, som løsningen ikke skal bruge)",
          en: "Only incidentally (e.g. people in images or names in documents that the solution does not need)",
        },
        rank: 1,
      },
      {
        id: "ordinary",
        label: {
          da: "Almindelige personoplysninger (fx navn, CPR, økonomi)",
          en: "Ordinary personal data (e.g. name, CPR number, finances)",
        },
        rank: 2,
      },
      {
        id: "special-category",
        label: { da: "Følsomme oplysninger (fx helbred)", en: "Special categories (e.g. health)" },
        rank: 3,
      },
    ],
  },
  {
    id: "audience",
    label: { da: "Hvem bruger eller berøres af løsningen", en: "Who uses or is affected by the solution" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 1,
    values: [
      {
        id: "internal",
        label: {
          da: "Intern: vedrører ikke enkelte borgere",
          en: "Internal: does not concern individual citizens",
        },
      },
      {
        id: "affects-citizens",
        label: {
          da: "Medarbejdere bruger den, men resultatet vedrører enkelte borgere",
          en: "Staff use it, but its output concerns individual citizens",
        },
      },
      {
        id: "citizens-interact",
        label: {
          da: "Borgere bruger eller taler direkte med den",
          en: "Citizens use or talk to it directly",
        },
      },
    ],
  },
  {
    id: "ai-role",
    label: { da: "AI'ens rolle", en: "The AI's role" },
    cardinality: "single",
    scale: "ordinal",
    matchWeight: 2,
    values: [
      {
        id: "monitoring-alerts",
        label: { da: "Overvågning og alarmer", en: "Monitoring and alerts" },
        rank: 0,
      },
      {
        id: "extraction",
        label: { da: "Aflæsning af oplysninger fra dokumenter", en: "Reading information from documents" },
        rank: 1,
      },
      { id: "triage-routing", label: { da: "Visitering eller sortering", en: "Triage or routing" }, rank: 2 },
      {
        id: "decision-support",
        label: {
          da: "Beslutningsstøtte: et menneske træffer afgørelsen",
          en: "Decision support: a person decides",
        },
        rank: 3,
      },
      {
        id: "automated-decision",
        label: {
          da: "Automatisk afgørelse uden menneskelig vurdering",
          en: "Automated decision without human review",
        },
        rank: 4,
      },
    ],
  },
  {
    id: "annual-volume",
    label: { da: "Antal sager eller hændelser om året", en: "Cases or events a year" },
    cardinality: "single",
    scale: "ordinal",
    matchWeight: 1,
    values: [
      { id: "under-1000", label: { da: "Under 1.000", en: "Under 1,000" }, rank: 0 },
      { id: "1000-to-10000", label: { da: "1.000–10.000", en: "1,000–10,000" }, rank: 1 },
      { id: "10000-to-100000", label: { da: "10.000–100.000", en: "10,000–100,000" }, rank: 2 },
      { id: "over-100000", label: { da: "Over 100.000", en: "Over 100,000" }, rank: 3 },
    ],
  },
  {
    id: "sourcing",
    label: { da: "Byg, køb eller genbrug", en: "Build, buy or reuse" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 1,
    values: [
      {
        id: "build",
        label: {
          da: "Vi udvikler selv (evt. med forskningspartnere)",
          en: "We develop it ourselves (possibly with research partners)",
        },
      },
      {
        id: "buy",
        label: {
          da: "Vi køber en færdig løsning hos en leverandør",
          en: "We buy a finished solution from a vendor",
        },
      },
      {
        id: "reuse",
        label: {
          da: "Vi genbruger eller bygger videre på en eksisterende løsning",
          en: "We reuse or extend an existing solution",
        },
      },
    ],
  },
  {
    id: "processing-location",
    label: { da: "Hvor data behandles", en: "Where data is processed" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 0.5,
    values: [
      { id: "local-device", label: { da: "Lokalt på en enhed (edge)", en: "Locally on a device (edge)" } },
      {
        id: "own-infrastructure",
        label: {
          da: "I egen eller fælles offentlig drift",
          en: "In our own or shared public infrastructure",
        },
      },
      { id: "cloud-eu", label: { da: "Cloudtjeneste i EU/EØS", en: "Cloud service in the EU/EEA" } },
      {
        id: "cloud-outside-eu",
        label: { da: "Cloudtjeneste uden for EU/EØS", en: "Cloud service outside the EU/EEA" },
      },
    ],
  },
  {
    id: "use-areas",
    label: { da: "Særlige anvendelsesområder", en: "Particular areas of use" },
    cardinality: "multi",
    scale: "nominal",
    matchWeight: 0,
    values: [
      { id: "none-of-these", label: { da: "Ingen af disse", en: "None of these" } },
      {
        id: "medical-device",
        label: {
          da: "Medicinsk udstyr eller sikkerhedskomponent i et produkt under EU's produktregler",
          en: "A medical device, or a safety component of a product under EU product legislation",
        },
      },
      {
        id: "public-benefits",
        label: {
          da: "Vurderer ret til offentlige ydelser eller sundhedsydelser, eller tildeler, nedsætter, tilbagekalder eller tilbagekræver dem (også kontrol med ydelser)",
          en: "Assesses eligibility for public benefits or health services, or grants, reduces, revokes or reclaims them (benefit control included)",
        },
      },
      {
        id: "emergency-triage",
        label: {
          da: "Vurderer, klassificerer eller prioriterer nødopkald eller akut hjælp",
          en: "Evaluates, classifies or prioritises emergency calls or urgent help",
        },
      },
      {
        id: "biometrics",
        label: {
          da: "Biometrisk fjernidentifikation: genkender personer på afstand ud fra fx ansigt eller gang, uden at de selv medvirker",
          en: "Remote biometric identification: recognises people at a distance from, e.g., face or gait, without their active involvement",
        },
      },
      {
        id: "biometric-categorisation",
        label: {
          da: "Biometrisk kategorisering efter følsomme eller beskyttede egenskaber, fx alder eller køn",
          en: "Biometric categorisation by sensitive or protected attributes, such as age or sex",
        },
      },
      {
        id: "emotion-recognition",
        label: {
          da: "Følelsesgenkendelse uden for arbejdsplads og uddannelse",
          en: "Emotion recognition outside the workplace and education",
        },
      },
      {
        id: "biometric-verification",
        label: {
          da: "Kun biometrisk verifikation (1:1): bekræfter, at en person er den, vedkommende siger",
          en: "Biometric verification only (1:1): confirms that a person is who they say they are",
        },
      },
      {
        id: "critical-infrastructure",
        label: {
          da: "Sikkerhedskomponent i kritisk infrastruktur (trafik, vand, energi)",
          en: "Safety component of critical infrastructure (traffic, water, energy)",
        },
      },
      {
        id: "education",
        label: {
          da: "Optagelse, fordeling, bedømmelse eller overvågning under prøver i uddannelse",
          en: "Admission, assignment, assessment or monitoring during tests in education",
        },
      },
      {
        id: "employment",
        label: {
          da: "Rekruttering, forfremmelse, afskedigelse, opgavefordeling eller overvågning og evaluering af medarbejdere",
          en: "Recruitment, promotion, termination, task allocation, or monitoring and evaluating staff",
        },
      },
      {
        id: "law-enforcement",
        label: {
          da: "Retshåndhævelse (fx politi og anklagemyndighed)",
          en: "Law enforcement (e.g. police and prosecution)",
        },
      },
      {
        id: "migration",
        label: { da: "Migration, asyl eller grænsekontrol", en: "Migration, asylum or border control" },
      },
      {
        id: "justice",
        label: {
          da: "Retspleje eller demokratiske processer",
          en: "Administration of justice or democratic processes",
        },
      },
      {
        id: "social-scoring",
        label: {
          da: "Social scoring: vurderer personer ud fra social adfærd eller personlighed, så de behandles ringere i en anden sammenhæng eller uberettiget eller uforholdsmæssigt hårdt",
          en: "Social scoring: rates people by social behaviour or personality so that they are treated worse in an unrelated context, or unjustifiably or disproportionately",
        },
      },
      {
        id: "emotion-recognition-work-education",
        label: {
          da: "Følelsesgenkendelse af medarbejdere på arbejdspladsen eller af elever og studerende (ikke af medicinske eller sikkerhedsmæssige grunde)",
          en: "Emotion recognition of staff at the workplace or of pupils and students (not for medical or safety reasons)",
        },
      },
      {
        id: "biometric-categorisation-sensitive",
        label: {
          da: "Biometrisk kategorisering, der udleder race, politisk eller religiøs overbevisning, fagforeningsmedlemskab eller seksuel orientering",
          en: "Biometric categorisation that infers race, political or religious beliefs, trade union membership or sexual orientation",
        },
      },
      {
        id: "crime-prediction-profiling",
        label: {
          da: "Forudsiger, om en person vil begå en forbrydelse, alene ud fra profilering eller personlighedstræk",
          en: "Predicts whether a person will commit a crime based solely on profiling or personality traits",
        },
      },
      {
        id: "exploiting-vulnerabilities",
        label: {
          da: "Manipulerer personer eller udnytter sårbarhed på grund af alder, handicap eller social eller økonomisk situation, så det kan skade dem",
          en: "Manipulates people, or exploits vulnerabilities due to age, disability or social or economic situation, in ways that can harm them",
        },
      },
      {
        id: "face-scraping",
        label: {
          da: "Opbygger ansigtsdatabaser ved ukritisk at indsamle ansigtsbilleder fra internettet eller overvågningskameraer",
          en: "Builds facial-recognition databases by untargeted scraping of facial images from the internet or CCTV",
        },
      },
      {
        id: "realtime-remote-biometric-law-enforcement",
        label: {
          da: "Biometrisk fjernidentifikation i realtid på offentlige steder til retshåndhævelse",
          en: "Real-time remote biometric identification in public spaces for law enforcement",
        },
      },
      {
        id: "intimate-image-generation",
        label: {
          da: "Kan generere intime billeder af personer uden samtykke eller materiale med seksuelt misbrug af børn",
          en: "Can generate intimate images of people without consent, or child sexual abuse material",
        },
      },
    ],
  },
  {
    id: "profiling",
    label: { da: "Profilering af personer", en: "Profiling of people" },
    cardinality: "single",
    scale: "nominal",
    matchWeight: 0,
    values: [
      { id: "no", label: { da: "Nej", en: "No" } },
      {
        id: "yes",
        label: {
          da: "Ja: løsningen vurderer personlige forhold (fx adfærd, helbred, økonomi) for enkelte personer",
          en: "Yes: it evaluates personal aspects (e.g. behaviour, health, finances) of individuals",
        },
      },
    ],
  },
];
