import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 4 of the catalogue: ATP reads difficult lease contracts for housing benefit with AI. */
export const atp = {
  id: "atp",
  order: 4,
  organisation: {
    da: "ATP / Udbetaling Danmark",
    en: "ATP / Udbetaling Danmark",
  },
  title: {
    da: "AI aflæser svære lejekontrakter i sager om boligstøtte",
    en: "AI reads difficult lease contracts in housing-benefit cases",
  },
  background: {
    da: "Udbetaling Danmark modtager hvert år op mod 150.000 lejekontrakter med ansøgninger om boligstøtte. 80 % blev allerede behandlet automatisk. Resten blev gennemgået i hånden, fordi kontrakten var utydelig, håndskrevet eller så gammel, at den ikke kunne læses maskinelt. Det gav lang sagsbehandlingstid, især for private lejemål.",
    en: "Udbetaling Danmark receives up to 150,000 lease contracts a year with applications for housing benefit. 80 % were already processed automatically. The rest were checked by hand because the contract was unclear, handwritten or too old to be read by machine. That made case handling slow, especially for private tenancies.",
  },
  solution: {
    da: "ATP udviklede og testede i løbet af 2024 en AI-løsning, der aflæser de svære lejekontrakter; driftsudgifterne omfatter en pris pr. side for Azure Document Intelligence. Den kan allerede læse halvdelen af de kontrakter, der før blev behandlet i hånden, og efterhånden som modellen lærer at tyde utydelige formater og håndskrift, ventes den automatiske andel at stige fra 80 % til mellem 90 og 100 %. Løsningen er bygget generisk: fremover vil fagspecialister kunne træne modellen i stedet for, at it-specialister skal rette i koden i den klassiske OCR-løsning. Fra 2025 bruges teknologien også til at aflæse kontoudtog i forskellige formater, fx PDF og CSV.",
    en: "During 2024 ATP developed and tested an AI solution that reads the difficult lease contracts; its running costs include a price per page for Azure Document Intelligence. It already reads half of the contracts that used to be handled by hand, and as the model learns to decipher unclear formats and handwriting, the automated share is expected to rise from 80 % to between 90 and 100 %. The solution is built generically: in future, domain specialists will be able to train the model instead of IT specialists changing the code of the classic OCR solution. From 2025 the technology also reads bank statements in various formats, such as PDF and CSV.",
  },
  technologyLabel: {
    da: "Optisk tegngenkendelse (OCR)",
    en: "Optical character recognition (OCR)",
  },
  domainLabel: { da: "Boligstøtte", en: "Housing benefit" },
  status: {
    inOperation: true,
    startYear: 2025,
    period: {
      da: "Januar 2025 – (i drift)",
      en: "January 2025 – (in operation)",
    },
    note: {
      da: "Udviklet og testet i løbet af 2024.",
      en: "Developed and tested during 2024.",
    },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "Ca. 3.100 timer om året ventes sparet på manuel sagsbehandling, når mere bliver automatiseret.",
        en: "About 3,100 hours a year of manual case handling are expected to be saved as more is automated.",
      },
      figures: [{ value: 3_100, unit: "hours", approximate: true }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Andelen af lejekontrakter, der behandles automatisk, ventes at stige fra 80 % til mellem 90 og 100 %.",
        en: "The share of lease contracts processed automatically is expected to rise from 80 % to between 90 and 100 %.",
      },
      figures: [
        { value: 80, unit: "percent" },
        { value: 90, max: 100, unit: "percent" },
      ],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "En bedre oplevelse for borgerne: flere sager behandles og bevilges hurtigt og helt digitalt.",
        en: "A better experience for citizens: more cases are handled and granted quickly and fully digitally.",
      },
      figures: [],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "I mindst 15.000 sager om året ventes sagsbehandlingstiden at falde fra 20 dage til under 5 dage pr. sag.",
        en: "In at least 15,000 cases a year, case handling is expected to fall from 20 days to under 5 days per case.",
      },
      figures: [
        { value: 15_000, unit: "count" },
        { value: 20, unit: "days" },
        { value: 5, unit: "days" },
      ],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "Besparelsen er ikke opgjort, men investeringen ventes tjent hjem på ca. 6 måneder, fordi arbejdsbyrden falder.",
        en: "The saving has not been computed, but the investment is expected to pay for itself in about 6 months through a lighter workload.",
      },
      figures: [{ value: 6, unit: "months", approximate: true }],
    },
  ],
  economics: {
    investment: {
      kind: "amount",
      value: 400_000,
      unit: "dkk",
      note: {
        da: "Til udvikling af løsningen, heraf ca. 130.000 kr. til afprøvning og ca. 250.000 kr. til at gøre den klar til produktion.",
        en: "For developing the solution, of which about DKK 130,000 went to trials and about DKK 250,000 to making it ready for production.",
      },
    },
    annualOperation: {
      kind: "amount",
      value: 181_000,
      unit: "dkk",
      approximate: true,
      note: {
        da: "81.000 kr. til driftstimer plus 0,05 kr. pr. side i Azure Document Intelligence for ca. 2 mio. sider om året.",
        en: "DKK 81,000 for operating hours plus DKK 0.05 per page in Azure Document Intelligence for about 2 million pages a year.",
      },
    },
    annualSaving: {
      kind: "not-stated",
      reason: "not-computed",
      note: {
        da: "Investeringen ventes tjent hjem på ca. 6 måneder.",
        en: "The investment is expected to pay for itself in about 6 months.",
      },
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Det hjalp projektet meget, at det kunne bygge videre på den OCR-arkitektur, ATP allerede havde.",
      en: "Being able to build on ATP's existing OCR architecture helped the project a great deal.",
    },
    organisation: {
      da: "ATP's samlede størrelse giver både kapacitet til udvikling og mulighed for at udrulle løsningen bredt.",
      en: "ATP's overall size gives it both development capacity and room to roll the solution out widely.",
    },
    competences: {
      da: "ATP har i de senere år arbejdet målrettet på at styrke dialogen mellem it og forretning, og projektet er blandt andet et resultat af det.",
      en: "In recent years ATP has worked deliberately on the dialogue between IT and the business, and the project is partly a result of that.",
    },
    legal: {
      da: "Løsningen ligger inden for de juridiske rammer, der allerede gælder for administrationen af boligstøtte, suppleret med en særskilt vurdering af AI-løsningen.",
      en: "The solution sits within the legal framework that already applies to housing-benefit administration, with a separate assessment of the AI solution on top.",
    },
    scaling: {
      da: "Løsningen kan skaleres til mange af ATP's ordninger, som også modtager dokumenter i besværlige formater, utydelige scanninger eller håndskrift.",
      en: "The solution can be scaled to many of ATP's schemes, which also receive documents in awkward formats, unclear scans or handwriting.",
    },
  },
  lessons: [
    // Building on the existing OCR architecture is the catalogue's example of reuse (start small).
    { prerequisite: "data-technology", advice: "start-small" },
    { prerequisite: "organisation" },
    { prerequisite: "competences" },
    { prerequisite: "legal", advice: "legal-early" },
    { prerequisite: "scaling" },
  ],
  profile: {
    "organisation-kind": "other-public",
    domain: "social-benefits",
    technology: ["ocr", "machine-learning"],
    "data-types": ["documents"],
    "personal-data": "ordinary",
    audience: "affects-citizens",
    "ai-role": "extraction",
    "annual-volume": "over-100000",
    sourcing: "reuse",
    "processing-location": null,
    "use-areas": ["public-benefits"],
    profiling: "no",
  },
  profileNotes: [
    {
      da: "Type af organisation: ATP er en selvejende institution, som administrerer Udbetaling Danmark.",
      en: "Kind of organisation: ATP is a self-governing institution that administers Udbetaling Danmark.",
    },
    {
      da: "Teknologi: kataloget kalder løsningen optisk tegngenkendelse (OCR). Løsningen bygger på en AI-model, som trænes, og ATP betaler pr. side for Azure Document Intelligence; det er en slutning fra kataloget, at modellen kører dér. Den er derfor også klassificeret som maskinlæring.",
      en: "Technology: the catalogue calls the solution optical character recognition (OCR). The solution rests on an AI model that is trained, and ATP pays per page for Azure Document Intelligence; that the model runs there is an inference from the catalogue. It is therefore also classified as machine learning.",
    },
    {
      da: "Personoplysninger: lejekontrakter indeholder fx navne, adresser og husleje. Kataloget siger ikke, at der indgår følsomme oplysninger, så de er klassificeret som almindelige.",
      en: "Personal data: lease contracts contain e.g. names, addresses and rent. The catalogue does not say that sensitive data is involved, so it is classified as ordinary.",
    },
    {
      da: "Antal om året: op mod 150.000 lejekontrakter om året.",
      en: "Volume a year: up to 150,000 lease contracts a year.",
    },
    {
      da: "Byg, køb eller genbrug: ATP har selv udviklet AI-delen, men kataloget fremhæver, at den bygger videre på ATP's eksisterende OCR-arkitektur. Den er derfor klassificeret som genbrug.",
      en: "Build, buy or reuse: ATP developed the AI part itself, but the catalogue stresses that it builds on ATP's existing OCR architecture. It is therefore classified as reuse.",
    },
    {
      da: "Behandlingssted: Azure Document Intelligence er en cloudtjeneste, men kataloget siger ikke, i hvilken region data behandles. Feltet er derfor ikke udfyldt.",
      en: "Processing location: Azure Document Intelligence is a cloud service, but the catalogue does not say in which region data is processed, so the attribute is left open.",
    },
    {
      da: "Særlige anvendelsesområder: de aflæste oplysninger indgår i afgørelser om boligstøtte og er derfor klassificeret under ydelser. Om undtagelsen for forberedende opgaver gælder, er et spørgsmål for den juridiske vurdering.",
      en: "Particular areas of use: the information read feeds decisions on housing benefit, so it is classified under benefits. Whether the exception for preparatory tasks applies is a question for the legal assessment.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 4: ATP kombinerer et klassisk dataflow med kunstig intelligens og gør det komplekse enkelt for borgerne",
      en: "Case 4: ATP combines a classic data flow with artificial intelligence and makes the complex simple for citizens",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er ATP's egne tal og vurderinger, som de er oplyst til kataloget.",
      en: "Effects, economics and legal assessments are ATP's own figures and judgements, as reported to the catalogue.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
