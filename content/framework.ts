import type { Advice, Prerequisite, ReadinessLevel } from "@/lib/schemas/framework";

/**
 * The catalogue's five prerequisites ("forudsætninger for implementering"), in the catalogue's
 * order. `catalogueSays` restates in our own words what the catalogue asks about each one and
 * what the six cases reported.
 */
export const prerequisites: Prerequisite[] = [
  {
    id: "data-technology",
    title: { da: "Data og teknologi", en: "Data and technology" },
    description: {
      da: "Om de data, løsningen skal bruge, findes, kan hentes og er gode nok, og om teknologien passer ind i jeres systemer og drift.",
      en: "Whether the data the solution needs exist, can be obtained and are good enough, and whether the technology fits your systems and operations.",
    },
    catalogueSays: {
      da: "Kataloget spørger til, hvilke data løsningen bygger på, og hvad man teknisk skal være opmærksom på. I casene spænder det fra lokal behandling på en minicomputer hos beboeren (Næstved) over en model trænet på mere end 1 mio. mammografiundersøgelser (Region Hovedstaden) til genbrug af en eksisterende OCR-arkitektur (ATP).",
      en: "The catalogue asks which data the solution builds on and what needs technical attention. In the cases this ranges from local processing on a mini-computer at the resident (Næstved) to a model trained on more than 1 million mammograms (Region Hovedstaden) and reuse of an existing OCR architecture (ATP).",
    },
  },
  {
    id: "organisation",
    title: { da: "Organisation", en: "Organisation" },
    description: {
      da: "Om projektet har en ejer, ledelsens opbakning og medarbejdere med tid til at tage løsningen i brug og lægge arbejdsgange om.",
      en: "Whether the project has an owner, management backing, and staff with time to adopt the solution and change how they work.",
    },
    catalogueSays: {
      da: "Kataloget spørger til de organisatoriske udfordringer og forandringer, som indførelsen har ført med sig. Næstved måtte klæde medarbejdere og ledere grundigt på, også til dialogen med beboere og pårørende. I Faxe skulle medarbejderne prioritere tid til at tage løsningen til sig, og Region Hovedstaden fremhæver det tætte samspil med erfarne brystradiologer.",
      en: "The catalogue asks which organisational challenges and changes implementation brought. Næstved had to prepare staff and managers thoroughly, including for the dialogue with residents and relatives. In Faxe staff had to set time aside to adopt the solution, and Region Hovedstaden stresses the close work with experienced breast radiologists.",
    },
  },
  {
    id: "competences",
    title: { da: "Kompetencer", en: "Competences" },
    description: {
      da: "Om brugerne kan lære løsningen at kende, og om organisationen har de faglige, tekniske og AI-mæssige kompetencer, der skal til for at bruge den forsvarligt.",
      en: "Whether users can learn the solution, and whether the organisation has the professional, technical and AI skills it takes to use it responsibly.",
    },
    catalogueSays: {
      da: "Kataloget spørger til, hvilken oplæring det kræver at tage løsningen i brug. I Næstved klares sidemandsoplæring på under 30 minutter, og i Faxe tager det få timer. Region Hovedstaden peger på, at tærskelværdierne for at inddele patienter skal gennemtænkes nøje og forankres i ledelsen.",
      en: "The catalogue asks what training it takes to put the solution to use. In Næstved peer training takes under 30 minutes, and in Faxe a few hours. Region Hovedstaden points out that the thresholds for splitting patients must be thought through carefully and anchored with management.",
    },
  },
  {
    id: "legal",
    title: { da: "Juridiske overvejelser", en: "Legal considerations" },
    description: {
      da: "Om hjemmel, databeskyttelse, AI-forordningen og forvaltningsretten er afklaret for hver fase af projektet: udvikling, drift og gentræning.",
      en: "Whether the legal basis, data protection, the AI Act and administrative law have been clarified for each phase of the project: development, operation and retraining.",
    },
    catalogueSays: {
      da: "Kataloget spørger til den lovgivning, der har været særligt relevant eller vanskelig. Næstved fandt hjemmel i serviceloven § 136 e. Skatteforvaltningen fremhæver, at juridiske analyser og godkendelser skal være på plads før ibrugtagning, fordi henvendelserne indeholder personoplysninger. Faxe Kommune vurderer, at løsningen ikke behandler personoplysninger, fordi personer og biler sløres, før medarbejderne ser billederne; selve optagelsen og sløringen kan dog være behandling af personoplysninger.",
      en: "The catalogue asks which legislation was particularly relevant or difficult. Næstved found its legal basis in Serviceloven § 136 e. Skatteforvaltningen stresses that legal analyses and approvals must be in place before use, because the enquiries contain personal data. Faxe Municipality judges that its solution processes no personal data, because people and cars are blurred before staff see the images; the recording and blurring can themselves be processing of personal data, though.",
    },
  },
  {
    id: "scaling",
    title: { da: "Skalering", en: "Scaling" },
    description: {
      da: "Om løsningen kan drives og finansieres efter pilotfasen og udbredes til flere enheder eller andre organisationer.",
      en: "Whether the solution can be run and funded after the pilot and spread to more units or other organisations.",
    },
    catalogueSays: {
      da: "Kataloget spørger til de forhold, der har betydning for at udbrede løsningen. Da kataloget blev skrevet, var der projekter med lignende monitorering som Næstveds i gang i 9 kommuner og på 6 hospitaler, og Skatteforvaltningen har fået flere bestillinger. Prenaital er klar til implementering, men mangler finansiering; implementering på landets 17 hospitaler er anslået til ca. 15 mio. kr.",
      en: "The catalogue asks which conditions matter for spreading the solution. When the catalogue was written, projects with monitoring similar to Næstved's were under way in 9 municipalities and 6 hospitals, and Skatteforvaltningen has received several orders. Prenaital is ready for implementation but lacks funding; implementing it across the country's 17 hospitals is estimated at about DKK 15 million.",
    },
  },
];

/** The catalogue's three pieces of advice ("3 gode råd til at lykkes med AI"). */
export const advice: Advice[] = [
  {
    id: "start-small",
    title: { da: "Start småt", en: "Start small" },
    description: {
      da: "Vælg en afgrænset, rutinepræget opgave, der gentages mange gange og ikke vender ud mod borgerne. Begynd med et lille første skridt, og se efter en løsning, der kan genbruges, før I bygger selv.",
      en: "Choose a well-defined, routine task that repeats many times and does not face citizens. Begin with a small first step, and look for a solution you can reuse before you build your own.",
    },
    catalogueSays: {
      da: "Valget af opgave (use case) er afgørende for, om projektet lykkes. Kataloget anbefaler at begynde, hvor det er lettest, og gerne med »kedelige« opgaver, fx en enkel proces uden direkte borgerkontakt, som gentages mange gange. Før man starter forfra, bør man undersøge, om en eksisterende løsning kan genbruges.",
      en: "The choice of use case decides whether the project succeeds. The catalogue recommends starting where it is easiest, preferably with “boring” tasks, such as a simple process without direct citizen contact that repeats many times. Before starting from scratch, check whether an existing solution can be reused.",
    },
  },
  {
    id: "legal-early",
    title: { da: "Jura tidligt i processen", en: "Involve legal early" },
    description: {
      da: "Få juridiske kompetencer med fra begyndelsen, og afklar hjemmel og de øvrige juridiske forudsætninger, før I udvikler eller køber.",
      en: "Bring legal expertise in from the beginning, and clarify the legal basis and the other legal prerequisites before you develop or buy.",
    },
    catalogueSays: {
      da: "Erfaringen i kataloget er, at det ofte er juridiske udfordringer, der får projekter til at gå i stå. Derfor anbefaler det at inddrage juridiske kompetencer tidligt, så de juridiske forudsætninger, herunder hjemmelsgrundlaget, bliver afklaret.",
      en: "The catalogue's experience is that it is often legal challenges that stall projects. It therefore recommends bringing legal expertise in early, so that the legal prerequisites, including the legal basis, are clarified.",
    },
  },
  {
    id: "data-first",
    title: { da: "Data først", en: "Data first" },
    description: {
      da: "Afklar, før projektet går i gang, om der er data nok, om de er gode nok, og om I kan få adgang til dem.",
      en: "Before the project starts, find out whether there is enough data, whether it is good enough, and whether you can get access to it.",
    },
    catalogueSays: {
      da: "For lidt data, dårlig datakvalitet og ringe adgang til data får også ofte projekter til at gå i stå. Ligesom med jura anbefaler kataloget derfor at afklare, om de datamæssige forudsætninger er på plads, inden projektet sættes i gang.",
      en: "Too little data, poor data quality and poor access to data also often stall projects. As with the legal advice, the catalogue therefore recommends clarifying whether the data prerequisites are in place before the project is started.",
    },
  },
];

/** Readiness bands over the overall 0-100 score, lowest first. Blockers can cap the level. */
export const readinessLevels: ReadinessLevel[] = [
  {
    id: "not-ready",
    minScore: 0,
    label: { da: "Ikke klar", en: "Not ready" },
    meaning: {
      da: "Vigtige forudsætninger mangler, så projektet bør ikke sættes i gang, før de er på plads.",
      en: "Important prerequisites are missing, so the project should not be started until they are in place.",
    },
  },
  {
    id: "early",
    minScore: 40,
    label: { da: "Tidlig fase", en: "Early stage" },
    meaning: {
      da: "Grundlaget er ved at blive lagt, men flere forudsætninger skal afklares, før I udvikler eller køber.",
      en: "The groundwork is being laid, but several prerequisites must be clarified before you develop or buy.",
    },
  },
  {
    id: "nearly-ready",
    minScore: 60,
    label: { da: "Næsten klar", en: "Nearly ready" },
    meaning: {
      da: "De fleste forudsætninger er på plads; luk de sidste huller, før projektet går i gang.",
      en: "Most prerequisites are in place; close the remaining gaps before the project starts.",
    },
  },
  {
    id: "ready",
    minScore: 80,
    label: { da: "Klar", en: "Ready" },
    meaning: {
      da: "Forudsætningerne er på plads, og projektet kan gå i gang, gerne med et lille første skridt.",
      en: "The prerequisites are in place, and the project can start, preferably with a small first step.",
    },
  },
];
