import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 3 of the catalogue: machine learning routes written enquiries in Skatteforvaltningen. */
export const skatteforvaltningen = {
  id: "skatteforvaltningen",
  order: 3,
  organisation: {
    da: "Skatteforvaltningen / Udviklings- og Forenklingsstyrelsen (UFST)",
    en: "Skatteforvaltningen (Danish tax administration) / Udviklings- og Forenklingsstyrelsen (UFST)",
  },
  title: {
    da: "Maskinlæring fordeler skriftlige henvendelser til de rette fagområder",
    en: "Machine learning routes written enquiries to the right teams",
  },
  background: {
    da: "Skatteforvaltningen får hvert år mange tusinde henvendelser fra borgere og virksomheder: i 2024 ca. 775.000 skriftlige henvendelser. De skal hurtigt frem til den rette modtager, for at borgere og virksomheder kan få svar i tide. Tidligere blev de fordelt i hånden, og det tog lang tid.",
    en: "Skatteforvaltningen receives many thousands of enquiries from citizens and businesses every year: about 775,000 written enquiries in 2024. They have to reach the right recipient quickly so that citizens and businesses get an answer in time. They used to be routed by hand, which took a lot of time.",
  },
  solution: {
    da: "UFST har sammen med Økonomistyrelsen udviklet en maskinlæringsmodel, som læser de skriftlige henvendelser fra kontaktformularen på skat.dk og sender dem til det fagområde, der skal behandle dem. Modellen arbejder døgnet rundt og trænes løbende på de seneste 13 måneders henvendelser. Den besvarer ikke henvendelserne; det gør vejledere. Løsningen blev sat i drift i Borger- og Virksomhedsvejledning under Skattestyrelsen ved udgangen af 2023 og blev finansieret med EU-puljemidler.",
    en: "UFST and Økonomistyrelsen (the Danish Agency for Public Finance and Management) developed a machine-learning model that reads the written enquiries from the contact form on skat.dk and sends each one to the team that is to handle it. The model works around the clock and is retrained continuously on the latest 13 months of enquiries. It does not answer enquiries; advisers do. The solution went live in Borger- og Virksomhedsvejledning (guidance for citizens and businesses) under Skattestyrelsen at the end of 2023, funded from EU pool funds.",
  },
  technologyLabel: { da: "Maskinlæring", en: "Machine learning" },
  domainLabel: { da: "Administration", en: "Administration" },
  status: {
    inOperation: true,
    startYear: 2023,
    period: { da: "2023 – (i drift)", en: "2023 – (in operation)" },
    note: {
      da: "I drift siden udgangen af 2023 i Borger- og Virksomhedsvejledning under Skattestyrelsen.",
      en: "In operation since the end of 2023 in Borger- og Virksomhedsvejledning under Skattestyrelsen.",
    },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "Ca. 10.250 færre timer om året går til at fordele henvendelser. Timerne bruges i stedet på mere komplekse opgaver, bl.a. at besvare skriftlige og telefoniske henvendelser.",
        en: "About 10,250 fewer hours a year go to routing enquiries. The hours go to more complex work instead, including answering written and telephone enquiries.",
      },
      figures: [{ value: 10_250, unit: "hours", approximate: true }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "I 2024 fordelte modellen mere end 270.000 henvendelser til de fagområder, den understøtter.",
        en: "In 2024 the model routed more than 270,000 enquiries to the teams it supports.",
      },
      figures: [{ value: 270_000, unit: "count" }],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "Serviceniveauet holdes højt, også når antallet af henvendelser stiger.",
        en: "The service level stays high, even as the number of enquiries rises.",
      },
      figures: [],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Antallet af skriftlige henvendelser steg med ca. 30 % i 2024 til ca. 775.000. Den automatiske fordeling var afgørende for at følge med.",
        en: "Written enquiries rose by about 30 % in 2024 to about 775,000. Automatic routing was crucial to keeping up.",
      },
      figures: [
        { value: 30, unit: "percent", approximate: true },
        { value: 775_000, unit: "count", approximate: true },
      ],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Modellen skønnes at kunne håndtere ca. 90 % af henvendelserne fra hjemmesiden og fordeler ca. 80 % korrekt. Resten fordeles i hånden af en vejleder.",
        en: "The model is estimated to handle about 90 % of web enquiries and routes about 80 % correctly. The rest are routed by hand by an adviser.",
      },
      figures: [
        { value: 90, unit: "percent", approximate: true },
        { value: 80, unit: "percent", approximate: true },
      ],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Henvendelserne når hurtigt og korrekt frem til den rette modtager, og vejlederne får frigjort tid til at sikre en høj faglig kvalitet og overholde sagsbehandlingsfristerne.",
        en: "Enquiries reach the right recipient quickly and correctly, and advisers gain time to keep the quality of their guidance high and meet the case-handling deadlines.",
      },
      figures: [],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "5–6 årsværk forventes frigjort til kerneopgaverne.",
        en: "5–6 full-time equivalents are expected to be freed for core work.",
      },
      figures: [{ value: 5, max: 6, unit: "fte" }],
    },
  ],
  economics: {
    investment: {
      kind: "not-stated",
      reason: "not-stated",
      note: {
        da: "Udviklingen blev finansieret med EU-puljemidler, som Digitaliseringsstyrelsen forvalter, og med en medfinansiering på mindst 25 % fra Skatteforvaltningen.",
        en: "Development was funded from EU pool funds managed by Digitaliseringsstyrelsen (the Danish Agency for Digital Government), with at least 25 % co-financing from Skatteforvaltningen.",
      },
    },
    annualOperation: { kind: "not-stated", reason: "not-stated" },
    annualSaving: {
      kind: "range",
      min: 5,
      max: 6,
      unit: "fte",
      note: {
        da: "Forventet. Det er endnu for tidligt at måle en faktisk økonomisk gevinst; årsværkene ventes brugt på de faglige kerneopgaver, herunder de mere komplekse.",
        en: "Expected. It is still too early to measure an actual economic gain; the full-time equivalents are expected to go to core work, including the more complex tasks.",
      },
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Løsningen behandler kun henvendelser fra kontaktformularen på skat.dk. Den giver kun mening med en vis mængde henvendelser (mindst 6.000) og en brugbar fordeling af afsluttede henvendelser på de modtagende fagområder.",
      en: "The solution handles only enquiries from the contact form on skat.dk. It only pays off with a decent volume of enquiries (at least 6,000) and a usable spread of closed enquiries across the receiving teams.",
    },
    organisation: {
      da: "Løsningen er bygget, så den kan udvides til andre områder i Skatteforvaltningen. Fordi henvendelserne indeholder personoplysninger, skal de nødvendige juridiske analyser og godkendelser være på plads, før den tages i brug.",
      en: "The solution is built to be extended to other areas of Skatteforvaltningen. Because enquiries contain personal data, the necessary legal analyses and approvals must be in place before it is used.",
    },
    competences: {
      da: "Løsningen forventes at være let at bruge, fordi fordelingen sker automatisk. Har den sendt en henvendelse forkert, fordeler en vejleder den i hånden.",
      en: "The solution is expected to be easy to use, because routing happens automatically. When it routes an enquiry wrongly, an adviser routes it by hand.",
    },
    legal: {
      da: "Kun fordelingen er automatiseret. Henvendelserne behandles og besvares bagefter af kompetente vejledere i Skatteforvaltningen.",
      en: "Only the routing is automated. The enquiries are then handled and answered by competent advisers in Skatteforvaltningen.",
    },
    scaling: {
      da: "Der er stort potentiale i at bruge løsningen på flere områder i Skatteforvaltningen og frigøre endnu flere sagsbehandlertimer. UFST har holdt dialogmøder med mulige modtagere og har fået flere bestillinger.",
      en: "There is large potential in extending the solution to more areas of Skatteforvaltningen and freeing even more case-handling hours. UFST has held meetings with potential users and has received several orders.",
    },
  },
  lessons: [
    { prerequisite: "data-technology", advice: "data-first" },
    { prerequisite: "organisation" },
    // The catalogue puts the need for legal analyses before go-live under organisation; it is the
    // case's lesson for a project that processes personal data and has not clarified the law.
    {
      prerequisite: "legal",
      advice: "legal-early",
      text: {
        da: "Fordi henvendelserne indeholder personoplysninger, skulle de nødvendige juridiske analyser og godkendelser være på plads, før løsningen blev taget i brug.",
        en: "Because the enquiries contain personal data, the necessary legal analyses and approvals had to be in place before the solution was put to use.",
      },
      when: { question: "personal-data", in: ["incidental", "ordinary", "special-category"] },
    },
    {
      prerequisite: "legal",
      when: { question: "ai-role", in: ["triage-routing", "decision-support", "automated-decision"] },
    },
    { prerequisite: "competences" },
    { prerequisite: "scaling" },
  ],
  profile: {
    "organisation-kind": "state-agency",
    domain: "administration",
    technology: ["machine-learning", "natural-language"],
    "data-types": ["free-text"],
    "personal-data": "ordinary",
    audience: "affects-citizens",
    "ai-role": "triage-routing",
    "annual-volume": "over-100000",
    sourcing: "build",
    "processing-location": null,
    "use-areas": ["none-of-these"],
    profiling: "no",
  },
  profileNotes: [
    {
      da: "Teknologi: kataloget kalder løsningen maskinlæring. Fordi modellen klassificerer fritekst, er den også klassificeret som tekstanalyse.",
      en: "Technology: the catalogue calls the solution machine learning. Because the model classifies free text, it is also classified as text analysis.",
    },
    {
      da: "Personoplysninger: kataloget siger, at henvendelserne indeholder personoplysninger, men ikke at de er følsomme. De er derfor klassificeret som almindelige personoplysninger, selv om fritekst kan indeholde følsomme oplysninger.",
      en: "Personal data: the catalogue says the enquiries contain personal data, but not that it is sensitive. It is therefore classified as ordinary personal data, although free text can contain sensitive information.",
    },
    {
      da: "Hvem bruger eller berøres af løsningen: borgere og virksomheder skriver henvendelserne, men det er kun fordelingen, der er automatiseret, og vejledere svarer. Derfor er løsningen klassificeret som brugt af medarbejdere med betydning for den enkelte borger.",
      en: "Who uses or is affected by the solution: citizens and businesses write the enquiries, but only the routing is automated and advisers answer. It is therefore classified as used by staff with output that concerns individual citizens.",
    },
    {
      da: "Antal om året: ca. 775.000 skriftlige henvendelser i 2024, hvoraf modellen fordelte mere end 270.000.",
      en: "Volume a year: about 775,000 written enquiries in 2024, of which the model routed more than 270,000.",
    },
    {
      da: "Byg, køb eller genbrug: UFST har udviklet løsningen sammen med Økonomistyrelsen.",
      en: "Build, buy or reuse: UFST developed the solution together with Økonomistyrelsen.",
    },
    {
      da: "Behandlingssted: kataloget siger ikke, hvor data behandles, så feltet er ikke udfyldt.",
      en: "Processing location: the catalogue does not say where data is processed, so the attribute is left open.",
    },
    {
      da: "Profilering: modellen vurderer, hvad en henvendelse handler om, ikke personen bag den.",
      en: "Profiling: the model judges what an enquiry is about, not the person who wrote it.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 3: Skatteforvaltningen bruger kunstig intelligens til at fordele skriftlige henvendelser",
      en: "Case 3: Skatteforvaltningen uses artificial intelligence to route written enquiries",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er Skatteforvaltningens egne tal og vurderinger, som de er oplyst til kataloget.",
      en: "Effects, economics and legal assessments are Skatteforvaltningen's own figures and judgements, as reported to the catalogue.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
