import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 1 of the catalogue: fall prevention in Næstved's nursing homes. */
export const naestved = {
  id: "naestved",
  order: 1,
  organisation: { da: "Næstved Kommune", en: "Næstved Municipality" },
  title: {
    da: "Færre faldulykker på plejehjem med sensorer og billedanalyse",
    en: "Fewer falls in nursing homes with sensors and image analysis",
  },
  background: {
    da: "Der bliver flere ældre, og plejepersonalets tid skal bruges dér, hvor den gør mest gavn. Derfor har Næstved Kommune taget AI-teknologi i brug på kommunens plejehjem. Kommunen har siden april 2022 udviklet løsningen sammen med en privat leverandør.",
    en: "The number of older people is growing, and care staff's time has to go where it does most good. Næstved Municipality has therefore introduced AI technology in its nursing homes, developing the solution with a private vendor since April 2022.",
  },
  solution: {
    da: "En sensor hos hver beboer følger med i realtid og registrerer, om beboeren sover, er vågen, er på vej ud af sengen eller er faldet. Personalet får besked med det samme, hvis en beboer falder, og for beboere med stor risiko for fald kan der også sættes alarm på, når de sætter sig op i sengen. Løsningen kan desuden bruges som fald- og anfaldsalarm ud fra bevægelse og manglende bevægelse. Billederne slettes, så snart de er behandlet, og personalet ser kun anonyme piktogrammer. Kommunikationen er krypteret, og løsningen kan tilpasses værelser af forskellig størrelse. Fordi personalet kan se, hvornår beboerne sover, kan besøgene lægges, når beboerne er vågne, så ingen bliver vækket unødigt.",
    en: "A sensor with each resident watches in real time and records whether the resident is asleep, awake, getting out of bed or has fallen. Staff are alerted at once when a resident falls, and for residents at high risk of falling an alert can also be set for sitting up in bed. The solution can also serve as a fall and seizure alarm based on movement and lack of movement. Images are deleted as soon as they have been processed, and staff see only anonymous pictograms. Communication is encrypted, and the solution adapts to rooms of different sizes. Because staff can see when residents are asleep, visits can be planned for when they are awake, so nobody is woken needlessly.",
  },
  technologyLabel: {
    da: "Computer vision, sensorteknologi",
    en: "Computer vision, sensor technology",
  },
  domainLabel: { da: "Ældrepleje/sundhed", en: "Elderly care/health" },
  status: {
    inOperation: true,
    startYear: 2024,
    period: { da: "2024 – (i drift)", en: "2024 – (in operation)" },
    note: {
      da: "Samarbejdet med leverandøren begyndte i april 2022.",
      en: "The collaboration with the vendor began in April 2022.",
    },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "Personalet bruger ca. 9 minutter mindre på dokumentation pr. beboer om dagen (ved 100 sensorer hos 100 beboere).",
        en: "Staff spend about 9 minutes less on documentation per resident a day (with 100 sensors for 100 residents).",
      },
      figures: [{ value: 9, unit: "minutes", approximate: true }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Der registreres 21 % færre besøg hos beboerne fra plejepersonalet, fordi besøgene kan planlægges, når beboeren er vågen.",
        en: "21 % fewer staff visits to residents are recorded, because visits can be planned for when the resident is awake.",
      },
      figures: [{ value: 21, unit: "percent" }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Hver beboer får 5 minutters ekstra omsorg om dagen, fordi personalet kommer, når beboeren er vågen, og der er tid til samvær.",
        en: "Each resident gets 5 minutes more care a day, because staff come when the resident is awake and there is time to be together.",
      },
      figures: [{ value: 5, unit: "minutes" }],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "50 % færre fald blandt beboere over 65 år.",
        en: "50 % fewer falls among residents over 65.",
      },
      figures: [{ value: 50, unit: "percent" }],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Færre fald sparer personalet tid både ved selve faldet og til den pleje, der følger efter. Tiden kan i stedet bruges på beboernes trivsel.",
        en: "Fewer falls save staff time both at the fall itself and in the care that follows. That time can go to the residents' well-being instead.",
      },
      figures: [],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Beboerne sover bedre, fordi personalet kan se, når de sover, og ikke vækker dem unødigt.",
        en: "Residents sleep better, because staff can see when they are asleep and do not wake them needlessly.",
      },
      figures: [],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "Forventet årlig besparelse på 2,5–3,8 mio. kr. med 100 sensorer (som udgangspunkt én sensor pr. beboer).",
        en: "An expected annual saving of DKK 2.5–3.8 million with 100 sensors (as a rule one sensor per resident).",
      },
      figures: [{ value: 2_500_000, max: 3_800_000, unit: "dkk" }],
    },
    {
      kind: "economy",
      headline: false,
      text: {
        da: "Besparelsen kommer fra nattevagten: før havde plejehjemmene én medarbejder på nattevagt pr. 25 beboere, og med teknologien kan personalet klare 33 % flere beboere.",
        en: "The saving comes from the night shift: the nursing homes used to have one night-shift employee per 25 residents, and with the technology staff can look after 33 % more residents.",
      },
      figures: [
        { value: 33, unit: "percent" },
        { value: 25, unit: "count" },
      ],
    },
  ],
  economics: {
    investment: {
      kind: "amount",
      value: 400_000,
      unit: "dkk",
      note: {
        da: "Til opsætning af sensorer hos 100 beboere.",
        en: "For installing sensors with 100 residents.",
      },
    },
    annualOperation: {
      kind: "amount",
      value: 1_440_000,
      unit: "dkk",
      note: { da: "Vedligehold og drift.", en: "Maintenance and operation." },
    },
    annualSaving: {
      kind: "range",
      min: 2_510_000,
      max: 3_860_000,
      unit: "dkk",
      note: {
        da: "Forventet besparelse, som alene vedrører medarbejdere i nattevagten: før var der én medarbejder på nattevagt pr. 25 borgere, og med teknologien kan personalet håndtere 33 % flere beboere.",
        en: "Expected saving, which concerns night-shift staff only: there used to be one night-shift employee per 25 residents, and with the technology staff can handle 33 % more residents.",
      },
    },
    note: {
      da: "Tallene gælder 100 sensorer, som udgangspunkt én pr. beboer.",
      en: "The figures are for 100 sensors, as a rule one per resident.",
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Løsningen bruger edge computing: data behandles lokalt på en minicomputer hos beboeren.",
      en: "The solution uses edge computing: data is processed locally on a mini-computer in the resident's room.",
    },
    organisation: {
      da: "Teknisk er løsningen ret enkel. Til gengæld skal medarbejdere og ledere forberedes grundigt, både til at bruge den og til at tale med beboere og pårørende om den.",
      en: "Technically the solution is fairly simple. Staff and managers must, however, be prepared thoroughly, both to use it and to discuss it with residents and relatives.",
    },
    competences: {
      da: "Data vises som enkle piktogrammer, så løsningen forventes at være let at forstå, også for medarbejdere med dansk som andetsprog. En kollega kan lære en anden at bruge den på under 30 minutter.",
      en: "Data is shown as simple pictograms, so the solution is expected to be easy to understand, also for staff with Danish as a second language. A colleague can teach another to use it in under 30 minutes.",
    },
    legal: {
      da: "Billederne fra sensorerne omdannes lokalt til piktogrammer for at beskytte beboernes privatliv mest muligt. Kommunen har fundet hjemmel i serviceloven § 136 e, fordi løsningen vurderes at være tryghedsskabende velfærdsteknologi.",
      en: "Images from the sensors are turned into pictograms locally to protect the residents' privacy as far as possible. The municipality found its legal basis in the Social Services Act (serviceloven) § 136 e, as the solution is judged to be welfare technology that creates safety.",
    },
    scaling: {
      da: "Kommunen vurderer, at løsningen kan skaleres, fordi der er brug for den slags overvågning i hele landet. Da kataloget blev skrevet, var der projekter med lignende monitorering i gang i 9 kommuner og på 6 hospitaler.",
      en: "The municipality judges the solution scalable, as the same need for monitoring exists across the country. When the catalogue was written, projects with similar monitoring were under way in 9 municipalities and 6 hospitals.",
    },
  },
  lessons: [
    { prerequisite: "data-technology" },
    { prerequisite: "organisation" },
    { prerequisite: "competences" },
    // Where the legal basis was found: a lesson for projects that process personal data.
    {
      prerequisite: "legal",
      advice: "legal-early",
      when: { question: "personal-data", in: ["incidental", "ordinary", "special-category"] },
    },
    { prerequisite: "scaling" },
  ],
  profile: {
    "organisation-kind": "municipality",
    domain: "elderly-care",
    technology: ["computer-vision", "sensor-technology"],
    "data-types": ["sensor-data", "images-video"],
    "personal-data": "special-category",
    audience: "affects-citizens",
    "ai-role": "monitoring-alerts",
    "annual-volume": null,
    sourcing: "buy",
    "processing-location": "local-device",
    "use-areas": ["none-of-these"],
    profiling: "yes",
  },
  profileNotes: [
    {
      da: "Personoplysninger: løsningen følger den enkelte beboers søvn, bevægelser og fald. Det er helbredsoplysninger, og derfor er de klassificeret som følsomme, selv om billederne slettes med det samme og personalet kun ser piktogrammer.",
      en: "Personal data: the solution follows each resident's sleep, movements and falls. That is health data, so it is classified as a special category, even though images are deleted at once and staff see only pictograms.",
    },
    {
      da: "Profilering: kataloget bruger ikke ordet, men løsningen analyserer den enkelte beboers søvnmønster og bevægelser for at opdage fald og risiko. Det er en vurdering af personlige forhold (helbred og adfærd) og er derfor klassificeret som profilering.",
      en: "Profiling: the catalogue does not use the word, but the solution analyses each resident's sleep pattern and movements to detect falls and risk. That evaluates personal aspects (health and behaviour), so it is classified as profiling.",
    },
    {
      da: "Antal om året: kataloget oplyser ikke et antal sager eller hændelser om året. Tallene gælder 100 sensorer hos 100 beboere, så feltet er ikke udfyldt.",
      en: "Volume a year: the catalogue gives no number of cases or events a year. Its figures are for 100 sensors with 100 residents, so the attribute is left open.",
    },
    {
      da: "Byg, køb eller genbrug: løsningen er skabt i samarbejde med en privat leverandør og er klassificeret som køb.",
      en: "Build, buy or reuse: the solution was created together with a private vendor and is classified as bought.",
    },
    {
      da: "Behandlingssted: data behandles lokalt på en minicomputer hos beboeren (edge computing).",
      en: "Processing location: data is processed locally on a mini-computer with the resident (edge computing).",
    },
    {
      da: "Særlige anvendelsesområder: kataloget behandler løsningen som velfærdsteknologi efter serviceloven, ikke som medicinsk udstyr. Derfor er den klassificeret som ingen af de særlige områder.",
      en: "Particular areas of use: the catalogue treats the solution as welfare technology under the Social Services Act, not as a medical device, so none of the particular areas is selected.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 1: Næstved Kommune reducerer faldulykker ved at implementere AI-teknologi på plejehjem",
      en: "Case 1: Næstved Municipality reduces falls by introducing AI technology in nursing homes",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er Næstved Kommunes egne tal og vurderinger, som de er oplyst til kataloget.",
      en: "Effects, economics and legal assessments are Næstved Municipality's own figures and judgements, as reported to the catalogue.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
