import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 6 of the catalogue: Prenaital, AI in pregnancy ultrasound (ready, not yet in operation). */
export const prenaital = {
  id: "prenaital",
  order: 6,
  organisation: {
    da: "CAMES Rigshospitalet (Prenaital)",
    en: "CAMES, Rigshospitalet (Prenaital)",
  },
  title: {
    da: "AI i ultralydsscanninger af gravide kan finde flere risikograviditeter",
    en: "AI in pregnancy ultrasound could find more high-risk pregnancies",
  },
  background: {
    da: "Hvert år bliver 6.000 danske børn født for tidligt eller med for lav fødselsvægt. De fleste gravide bliver scannet to gange, og der laves mere end 200.000 ultralydsscanninger om året, men kun 30–50 % af de alvorlige komplikationer, fx for tidlig fødsel, bliver opdaget i tide til, at de kan forebygges. For tidligt fødte børn koster meget, både i indlæggelser og for de familier, der skal leve med følgerne.",
    en: "Every year 6,000 Danish children are born preterm or with low birth weight. Most pregnant women have two scans, and more than 200,000 ultrasound scans are made a year, yet only 30–50 % of serious complications such as preterm birth are detected in time to be prevented. Preterm births are costly, both in hospital stays and for the families who live with the consequences.",
  },
  solution: {
    da: "CAMES Rigshospitalet har sammen med Københavns Universitet og DTU Compute udviklet AI-modeller, der hjælper jordemødre, sygeplejersker og læger med at finde graviditeter med høj risiko, fx for at barnet bliver født for tidligt eller vokser for lidt. Modellerne løfter kvaliteten af den del af scanningen, der afhænger af den, der scanner, og forbedrer diagnostikken med bedre prædiktionsmodeller. De er forklarlige, så klinikerne kan se, hvordan de når frem til et resultat, og de er udviklet til at mindske skævheder på tværs af befolkningsgrupper. Løsningen kræver ikke avanceret udstyr og virker med almindelige ultralydsscannere. Projektet blev AI-signaturprojekt i 2022.",
    en: "CAMES Rigshospitalet developed AI models together with the University of Copenhagen and DTU Compute that help midwives, nurses and doctors find pregnancies at high risk, for example of preterm birth or growth restriction. The models raise the quality of the operator-dependent part of the scan and improve diagnosis through better prediction models. They are explainable, so clinicians can see how they reach a result, and they are designed to reduce bias across population groups. The solution needs no advanced equipment and works with standard ultrasound scanners. The project became an AI signature project in 2022.",
  },
  technologyLabel: {
    da: "Computervision og deep learning",
    en: "Computer vision and deep learning",
  },
  domainLabel: { da: "Sundhedsteknologi", en: "Health technology" },
  status: {
    inOperation: false,
    startYear: 2022,
    period: {
      da: "2022 – nu (ikke i drift)",
      en: "2022 – now (not in operation)",
    },
    note: {
      da: "Løsningen er færdigudviklet og klar til implementering fra start-midt 2025, men der mangler penge til selve implementeringen.",
      en: "The solution is fully developed and ready for implementation from early to mid 2025, but funding for the implementation itself is lacking.",
    },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "30 % færre unødvendige diagnostiske undersøgelser, fordi AI-løsningen udfylder rollen som erfaren kliniker.",
        en: "30 % fewer unnecessary diagnostic tests, because the AI solution fills the role of an experienced clinician.",
      },
      figures: [{ value: 30, unit: "percent" }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Når en mindre erfaren kliniker scanner, skal omkring halvdelen af patienterne scannes igen af en erfaren. Med løsningen bliver der brug for færre ekstra scanninger, test og opfølgende besøg.",
        en: "When a less experienced clinician scans, about half of the patients need a new scan by an experienced one. With the solution, fewer extra scans, tests and follow-up visits are needed.",
      },
      figures: [],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "25 % bedre diagnostik af højrisikograviditeter.",
        en: "25 % better diagnosis of high-risk pregnancies.",
      },
      figures: [{ value: 25, unit: "percent" }],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Det svarer til ca. 3.000 graviditeter om året i Danmark, som ville blive opdaget i tide til, at forebyggende behandling kan sættes i gang.",
        en: "That amounts to about 3,000 pregnancies a year in Denmark that would be detected in time for preventive treatment to start.",
      },
      figures: [{ value: 3_000, unit: "count", approximate: true }],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "500.000 kr. ventes sparet, hver gang en for tidlig fødsel forebygges.",
        en: "DKK 500,000 is expected to be saved each time a preterm birth is prevented.",
      },
      figures: [{ value: 500_000, unit: "dkk" }],
    },
    {
      kind: "economy",
      headline: false,
      text: {
        da: "Der skal behandles ca. 7 kvinder for at undgå én for tidlig fødsel. På årsplan svarer det til en forventet besparelse på ca. 107 mio. kr. i hospitalsudgifter alene i Danmark.",
        en: "About 7 women must be treated to prevent one preterm birth. Over a year that amounts to an expected saving of about DKK 107 million in hospital costs alone in Denmark.",
      },
      figures: [
        { value: 7, unit: "count", approximate: true },
        { value: 107_000_000, unit: "dkk", approximate: true },
      ],
    },
  ],
  economics: {
    investment: {
      kind: "amount",
      value: 15_000_000,
      unit: "dkk",
      approximate: true,
      note: {
        da: "Anslået investering, hvis løsningen implementeres på alle landets 17 hospitaler. Ifølge kataloget mangler der midler til implementeringen.",
        en: "Estimated investment if the solution is implemented across the country's 17 hospitals. According to the catalogue, funding for implementation is lacking.",
      },
    },
    annualOperation: {
      kind: "not-stated",
      reason: "not-implemented",
      note: {
        da: "Ikke opgjort, fordi løsningen endnu ikke er implementeret.",
        en: "Not computed, because the solution has not been implemented yet.",
      },
    },
    annualSaving: {
      kind: "amount",
      value: 8_344,
      unit: "dkk",
      per: {
        da: "pr. opdaget risikograviditet",
        en: "per detected high-risk pregnancy",
      },
      note: {
        da: "Omkostningen pr. risikograviditet er i dag 41.720 kr. og kan med AI-løsningen falde til 33.376 kr.",
        en: "The cost per high-risk pregnancy is DKK 41,720 today and could fall to DKK 33,376 with the AI solution.",
      },
    },
    note: {
      da: "Hver forebygget for tidlig fødsel sparer 500.000 kr., og ca. 7 kvinder skal behandles for at undgå én. På årsplan svarer det til en forventet besparelse på ca. 107 mio. kr. i hospitalsudgifter alene i Danmark.",
      en: "Each prevented preterm birth saves DKK 500,000, and about 7 women must be treated to prevent one. Over a year that amounts to an expected saving of about DKK 107 million in hospital costs alone in Denmark.",
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Algoritmen er trænet på 433.096 ultralydsbilleder fra 94.538 scanninger og virker med alle de ultralydsmaskiner, der bruges i Danmark. Modellerne er afprøvet på data fra 17 danske hospitaler.",
      en: "The algorithm is trained on 433,096 ultrasound images from 94,538 scans and works with every ultrasound machine used in Denmark. The models have been tested on data from 17 Danish hospitals.",
    },
    organisation: {
      da: "Løsningen kan bygges direkte ind i ultralydsmaskinerne og i den elektroniske patientjournal, hvis man ønsker det.",
      en: "The solution can be built directly into the ultrasound machines and the electronic patient record, if desired.",
    },
    competences: {
      da: "Fordi løsningen sidder i ultralydsmaskinen, ventes den ikke at kræve særlige kompetencer. Den kan tværtimod være med til at løfte klinikernes kompetencer.",
      en: "Because the solution sits in the ultrasound machine, it is not expected to need special skills. On the contrary, it can help raise clinicians' skills.",
    },
    legal: {
      da: "Løsningen bygger på forskning i, hvordan skævheder (bias) i AI opstår og håndteres. Den er forklarlig AI, så klinikerne kan se, hvordan den træffer sine beslutninger.",
      en: "The solution builds on research into how bias in AI arises and is handled. It is explainable AI, so clinicians can see how it reaches its decisions.",
    },
    scaling: {
      da: "Løsningen kan skaleres og er klar til implementering.",
      en: "The solution can be scaled and is ready for implementation.",
    },
  },
  lessons: [
    { prerequisite: "data-technology", advice: "data-first" },
    { prerequisite: "organisation" },
    { prerequisite: "competences" },
    { prerequisite: "legal" },
    { prerequisite: "scaling" },
  ],
  profile: {
    "organisation-kind": "region",
    domain: "health",
    technology: ["computer-vision", "deep-learning"],
    "data-types": ["medical-images"],
    "personal-data": "special-category",
    audience: "affects-citizens",
    "ai-role": "decision-support",
    "annual-volume": "over-100000",
    sourcing: "build",
    "processing-location": null,
    "use-areas": ["medical-device"],
    profiling: "yes",
  },
  profileNotes: [
    {
      da: "Type af organisation: CAMES hører under Rigshospitalet i Region Hovedstaden og har udviklet løsningen sammen med Københavns Universitet og DTU Compute. Kataloget angiver »Prenaital« som organisation. Den er klassificeret som region.",
      en: "Kind of organisation: CAMES belongs to Rigshospitalet in the Capital Region of Denmark and developed the solution with the University of Copenhagen and DTU Compute. The catalogue gives “Prenaital” as the organisation. It is classified as a region.",
    },
    {
      da: "AI'ens rolle: modellerne hjælper klinikerne med at finde risikograviditeter og forklarer, hvordan de når frem til resultatet; klinikerne træffer beslutningen. Derfor beslutningsstøtte.",
      en: "The AI's role: the models help clinicians find high-risk pregnancies and explain how they reach a result; the clinicians decide. Hence decision support.",
    },
    {
      da: "Antal om året: der laves mere end 200.000 ultralydsscanninger af gravide om året i Danmark. Tallet gælder hele landet, som løsningen skal udbredes til.",
      en: "Volume a year: more than 200,000 pregnancy ultrasound scans are made a year in Denmark. The figure is national, matching the planned nationwide rollout.",
    },
    {
      da: "Byg, køb eller genbrug: udviklet af CAMES Rigshospitalet med Københavns Universitet og DTU Compute.",
      en: "Build, buy or reuse: developed by CAMES Rigshospitalet with the University of Copenhagen and DTU Compute.",
    },
    {
      da: "Behandlingssted: kataloget siger ikke, hvor data behandles, så feltet er ikke udfyldt.",
      en: "Processing location: the catalogue does not say where data is processed, so the attribute is left open.",
    },
    {
      da: "Særlige anvendelsesområder: kataloget nævner ikke reguleringen, men software, der vurderer ultralydsscanninger for risiko, er typisk medicinsk udstyr efter forordningen om medicinsk udstyr (MDR), som står i AI-forordningens bilag I. Kræver udstyret et bemyndiget organ, er det højrisiko efter artikel 6, stk. 1. Kataloget oplyser ikke CE-mærkning eller risikoklasse, og løsningen er endnu ikke på markedet; for udstyr, som et hospital fremstiller og bruger internt, kan MDR's særregler i artikel 5, stk. 5, være relevante. Løsningen er klassificeret som medicinsk udstyr.",
      en: "Particular areas of use: the catalogue does not mention regulation, but software that assesses ultrasound scans for risk is typically a medical device under the Medical Device Regulation (MDR), which is listed in Annex I of the AI Act. If the device needs a notified body, it is high-risk under Article 6(1). The catalogue states neither CE marking nor risk class, and the solution is not on the market yet; for devices a hospital makes and uses in-house, the MDR's special rules in Article 5(5) may be relevant. The solution is classified as a medical device.",
    },
    {
      da: "Profilering: modellerne vurderer risikoen for den enkelte graviditet (helbred) og er derfor klassificeret som profilering.",
      en: "Profiling: the models assess the risk for each individual pregnancy (health), so they are classified as profiling.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 6: CAMES Rigshospitalet (Prenaital) kan sikre bedre diagnostik af gravide ved at implementere AI-algoritme i ultralydsscanningerne",
      en: "Case 6: CAMES Rigshospitalet (Prenaital) can improve the diagnosis of pregnant women by implementing an AI algorithm in ultrasound scans",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er Prenaitals egne tal og vurderinger, som de er oplyst til kataloget. Løsningen er ikke i drift, så effekterne er forventede.",
      en: "Effects, economics and legal assessments are Prenaital's own figures and judgements, as reported to the catalogue. The solution is not in operation, so the effects are expected ones.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
