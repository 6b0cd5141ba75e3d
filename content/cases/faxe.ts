import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 5 of the catalogue: Faxe registers road damage with the AI solution Pluto. */
export const faxe = {
  id: "faxe",
  order: 5,
  organisation: { da: "Faxe Kommune", en: "Faxe Municipality" },
  title: {
    da: "AI-løsningen Pluto registrerer vejskader med mobiltelefoner i kommunens biler",
    en: "The AI solution Pluto records road damage with smartphones in the municipality's vehicles",
  },
  background: {
    da: "Vej & Park i Faxe Kommune ville bruge pengene til vejvedligehold bedre. Skader på veje og stier blev registreret i hånden: medarbejderne skulle køre langsomt og samtidig spejde efter skader, og de måtte stå ude på vejen for at registrere dem. Vejenes tilstand blev målt af opmålere fra Vejdirektoratet, som hvert år gennemgik en tredjedel af vejnettet og noterede skaderne i et regneark.",
    en: "Vej & Park (roads and parks) in Faxe Municipality wanted to make better use of its road-maintenance budget. Damage to roads and paths was recorded by hand: staff had to drive slowly while looking out for damage, and stand in the road to record it. The roads' condition was surveyed by surveyors from Vejdirektoratet (the Danish Road Directorate), who covered a third of the network each year and listed the damage in a spreadsheet.",
  },
  solution: {
    da: "AI-løsningen Pluto bruger smartphones i forruden af Vej & Parks biler til at indsamle billeder af vejene, mens medarbejderne kører ud til deres opgaver. Løsningen finder skader som huller og falmede vejstriber, inddeler dem efter, hvor alvorlige de er, og viser dem på et kort. Driftslederne planlægger ruter ud fra kortet, og medarbejderne ser deres opgaver og melder dem løst. Løsningen understøtter vedligeholdet af kommunens 682 km veje og ca. 100 km stier og bruges til to slags registrering: tilsyn hver 4. uge med fx huller og andre trafikfarlige skader, og tilstand med alle skader, der betyder noget for vejens levetid og for, hvilke veje der skal have ny asfalt. Mennesker og biler sløres automatisk, før billederne uploades.",
    en: "The AI solution Pluto uses smartphones in the windscreens of Vej & Park's vehicles to collect images of the roads while staff drive to their tasks. It finds damage such as potholes and faded road markings, grades it by severity and shows it on a map. Managers plan routes from the map, and staff see their tasks and mark them done. The solution supports the maintenance of the municipality's 682 km of roads and about 100 km of paths, and is used for two kinds of registration: inspection every 4 weeks, e.g. potholes and other damage that endangers traffic, and condition, covering all damage that matters for a road's lifetime and for deciding which roads get new asphalt. People and cars are blurred automatically before the images are uploaded.",
  },
  technologyLabel: { da: "Computer vision", en: "Computer vision" },
  domainLabel: { da: "Vejvedligehold", en: "Road maintenance" },
  status: {
    inOperation: true,
    startYear: 2024,
    period: { da: "2024 – (i drift)", en: "2024 – (in operation)" },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "Op til 70 % mindre tid går til at registrere og rapportere skader.",
        en: "Up to 70 % less time goes to recording and reporting damage.",
      },
      figures: [{ value: 70, unit: "percent" }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Registreringerne lander automatisk på et kort, så opgaverne fordeles hurtigere, og akutte skader kan udbedres tidligere. Det bremser nedbrydningen af vejene.",
        en: "Registrations land on a map automatically, so tasks are assigned faster and urgent damage can be repaired sooner. That slows the wear of the roads.",
      },
      figures: [],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "Skaderne registreres 3 gange så præcist.",
        en: "Damage is recorded 3 times as precisely.",
      },
      figures: [{ value: 3, unit: "times" }],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Medarbejderne skal ikke længere køre langsomt og spejde efter skader eller stå på vejen for at registrere dem. Og med et opdateret register over vejene er det lettere at holde fodgængerfelter, cykelstier og skilte i orden, så trafikanterne er mere sikre.",
        en: "Staff no longer have to drive slowly looking for damage or stand in the road to record it. And with an up-to-date register of the roads it is easier to keep pedestrian crossings, cycle paths and signs in order, which makes road users safer.",
      },
      figures: [],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "Bedre vedligeholdte veje for det samme budget.",
        en: "Better-maintained roads for the same budget.",
      },
      figures: [],
    },
  ],
  economics: {
    investment: {
      kind: "amount",
      value: 135_000,
      unit: "dkk",
      note: {
        da: "Investeret for at afprøve teknologien på vedligehold af cykelstier.",
        en: "Invested to trial the technology on cycle-path maintenance.",
      },
    },
    annualOperation: {
      kind: "amount",
      value: 300_000,
      unit: "dkk",
      note: {
        da: "Driftsomkostninger til løsningen.",
        en: "Operating costs of the solution.",
      },
    },
    annualSaving: {
      kind: "not-stated",
      reason: "not-computed",
      note: {
        da: "En direkte økonomisk besparelse kan ikke isoleres, men kommunen kan prioritere pengene til vejvedligehold bedre, så vejene er bedre vedligeholdt for det samme budget.",
        en: "A direct saving cannot be isolated, but the municipality can prioritise its road-maintenance money better, so roads are better maintained for the same budget.",
      },
    },
    note: {
      da: "I kataloget indledes Faxes økonomiafsnit med, at Næstved Kommune har oplyst tallene. Det er åbenbart en fejl i kataloget: tallene er Faxe Kommunes.",
      en: "In the catalogue, Faxe's economics section opens by saying that Næstved Municipality reported the figures. That is evidently an error in the catalogue: the figures are Faxe Municipality's.",
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Løsningen bruger mønstergenkendelse og slører automatisk mennesker og biler, før data uploades. Skaderne klassificeres og vises på et kort, hvor medarbejderne markerer dem som udbedret.",
      en: "The solution uses pattern recognition and automatically blurs people and cars before data is uploaded. Damage is classified and shown on a map, where staff mark it as repaired.",
    },
    organisation: {
      da: "Medarbejderne skal have tid til at tage løsningen til sig, både til at implementere den og til at automatisere eksisterende arbejdsgange. Det kan være en god idé at inddrage it-kontraktgruppen, så GDPR, teknik og sikkerhed er på plads.",
      en: "Staff need time to take the solution on, both to implement it and to automate existing processes. It can be worth involving the IT contracts group to make sure GDPR, technical and security requirements are met.",
    },
    competences: {
      da: "Løsningen forventes at være let at bruge og kræver kun nogle få timers oplæring. Særlig vigtigt er det at lære at kalibrere, hvor smartphonen sidder.",
      en: "The solution is expected to be easy to use and takes only a few hours of training. Calibrating where the smartphone is placed is particularly important to learn.",
    },
    legal: {
      da: "Faxe Kommune vurderer, at løsningen ikke behandler personoplysninger, og mennesker og biler sløres, før medarbejderne kan se billederne. Derfor har det ifølge kommunen ikke været nødvendigt med juridiske afklaringer. Selve optagelsen og sløringen kan dog være behandling af personoplysninger – har jeres projekt et lignende design, så få det vurderet af jeres databeskyttelsesrådgiver (DPO).",
      en: "Faxe Municipality judges that the solution processes no personal data, and people and cars are blurred before staff can see the images. According to the municipality, no legal clarification was therefore needed. The recording and blurring can themselves be processing of personal data, though – if your project has a similar design, have your data protection officer (DPO) assess it.",
    },
    scaling: {
      da: "Den største gevinst er den administrative tid, der spares. Den automatiske databehandling giver desuden medarbejderne tid til at reagere hurtigere på skader og udbedre dem.",
      en: "The largest gain is the administrative time saved. Automated data processing also gives staff time to react to damage and repair it sooner.",
    },
  },
  lessons: [
    { prerequisite: "data-technology" },
    { prerequisite: "organisation" },
    { prerequisite: "competences" },
    // Faxe's own judgement that no personal data is processed fits only a project like it.
    { prerequisite: "legal", when: { question: "personal-data", in: ["none", "incidental"] } },
    // For a bought solution, the catalogue's organisation note points to the IT contracts group.
    {
      prerequisite: "legal",
      advice: "legal-early",
      text: {
        da: "Faxe Kommune peger på, at det kan være relevant at inddrage it-kontraktgruppen, så GDPR, teknik og sikkerhed er på plads.",
        en: "Faxe Municipality points out that it can be worth involving the IT contracts group, so that GDPR, technical and security requirements are met.",
      },
      when: { question: "sourcing", in: ["buy"] },
    },
    { prerequisite: "scaling" },
  ],
  profile: {
    "organisation-kind": "municipality",
    domain: "infrastructure",
    technology: ["computer-vision"],
    "data-types": ["images-video", "location-data"],
    "personal-data": "none",
    audience: "internal",
    "ai-role": "monitoring-alerts",
    "annual-volume": null,
    sourcing: "buy",
    "processing-location": null,
    "use-areas": ["none-of-these"],
    profiling: "no",
  },
  profileNotes: [
    {
      da: "Datatyper: billeder fra smartphones, og skaderne vises med deres placering på et kort.",
      en: "Data types: images from smartphones, with the damage shown by its location on a map.",
    },
    {
      da: "Personoplysninger: Faxe Kommune vurderer ifølge kataloget, at løsningen ikke behandler personoplysninger, og mennesker og biler sløres automatisk, før data uploades. Profilen følger kommunens vurdering. Kameraet fanger dog mennesker og biler, indtil sløringen er sket, og selve optagelsen og sløringen kan være behandling af personoplysninger; et lignende projekt bør derfor overveje svaret »Kun tilfældigt«.",
      en: "Personal data: according to the catalogue, Faxe Municipality judges that the solution processes no personal data, and people and cars are blurred automatically before upload. The profile follows the municipality's judgement. The camera does capture people and cars until they are blurred, and the recording and blurring can themselves be processing of personal data; a similar project should therefore consider the answer “Only incidentally”.",
    },
    {
      da: "AI'ens rolle: løsningen finder og vurderer skader løbende og træffer ingen afgørelser om personer. Den er derfor klassificeret som overvågning og alarmer.",
      en: "The AI's role: the solution continuously finds and grades damage and makes no decisions about people, so it is classified as monitoring and alerts.",
    },
    {
      da: "Antal om året: kataloget oplyser ikke et antal registreringer om året, så feltet er ikke udfyldt.",
      en: "Volume a year: the catalogue gives no number of registrations a year, so the attribute is left open.",
    },
    {
      da: "Byg, køb eller genbrug: kataloget siger ikke udtrykkeligt, at løsningen er købt, men at kommunen har taget den navngivne AI-løsning Pluto i brug. Den er derfor klassificeret som køb af en færdig løsning.",
      en: "Build, buy or reuse: the catalogue does not say outright that the solution was bought, only that the municipality took the named AI solution Pluto into use. It is therefore classified as buying a finished solution.",
    },
    {
      da: "Behandlingssted: kataloget siger ikke, hvor data behandles, så feltet er ikke udfyldt.",
      en: "Processing location: the catalogue does not say where data is processed, so the attribute is left open.",
    },
    {
      da: "Særlige anvendelsesområder: løsningen registrerer skader til brug for vedligehold og er ikke en sikkerhedskomponent i trafikstyring. Derfor er ingen af de særlige områder valgt.",
      en: "Particular areas of use: the solution records damage for maintenance and is not a safety component of traffic management, so none of the particular areas is selected.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 5: Faxe Kommune forbedrer vejvedligeholdelse og trafiksikkerhed med AI-løsningen Pluto",
      en: "Case 5: Faxe Municipality improves road maintenance and road safety with the AI solution Pluto",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er Faxe Kommunes egne tal og vurderinger, som de er oplyst til kataloget.",
      en: "Effects, economics and legal assessments are Faxe Municipality's own figures and judgements, as reported to the catalogue.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
