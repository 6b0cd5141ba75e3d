import type * as z from "zod/mini";
import type { caseStudySchema } from "@/lib/schemas/case";

/** Case 2 of the catalogue: AI in Region Hovedstaden's mammography screening. */
export const regionHovedstaden = {
  id: "region-hovedstaden",
  order: 2,
  organisation: {
    da: "Region Hovedstaden",
    en: "Capital Region of Denmark (Region Hovedstaden)",
  },
  title: {
    da: "AI hjælper radiologerne med at vurdere screeningsmammografier",
    en: "AI helps radiologists assess screening mammograms",
  },
  background: {
    da: "Der mangler flere og flere radiologer, samtidig med at flere kvinder skal screenes for brystkræft. Regionen havde brug for en løsning, der kunne lette lægernes arbejde med at vurdere titusindvis af screeningsmammografier og samtidig holde kvaliteten høj og svartiderne korte.",
    en: "The shortage of radiologists is growing while more women are to be screened for breast cancer. The region needed a solution that could lighten the doctors' work of assessing tens of thousands of screening mammograms while keeping quality high and answers quick.",
  },
  solution: {
    da: "Algoritmen giver hver screeningsmammografi en score fra 1 til 10 for risikoen for, at den viser tegn på brystkræft. Mammografier med en score på 7 eller lavere vurderes af én erfaren brystradiolog, som selv afgør, om en kollega også skal se dem. Mammografier med en score på 8 eller højere vurderes altid af to brystradiologer. Dermed skal godt 70 % af mammografierne kun læses af én radiolog. Det er altid en erfaren brystradiolog, der afgør resultatet. Algoritmen er trænet på over en million mammografier og genkender både normale og mistænkelige vævsforandringer.",
    en: "The algorithm gives each screening mammogram a score from 1 to 10 for the risk that it shows signs of breast cancer. Mammograms scored 7 or lower are assessed by one experienced breast radiologist, who decides whether a colleague should look at them too. Mammograms scored 8 or higher are always assessed by two breast radiologists. As a result, just over 70 % of mammograms need only one reader. An experienced breast radiologist always decides the result. The algorithm is trained on over a million mammograms and recognises both normal and suspicious tissue changes.",
  },
  technologyLabel: {
    da: "Avanceret billedanalyse, deep learning",
    en: "Advanced image analysis, deep learning",
  },
  domainLabel: { da: "Sundhed", en: "Health" },
  status: {
    inOperation: true,
    startYear: 2021,
    period: { da: "2021 – (i drift)", en: "2021 – (in operation)" },
  },
  effects: [
    {
      kind: "time",
      headline: true,
      text: {
        da: "35 % hurtigere svar på screeningsmammografier.",
        en: "35 % faster answers on screening mammograms.",
      },
      figures: [{ value: 35, unit: "percent" }],
    },
    {
      kind: "time",
      headline: false,
      text: {
        da: "Godt 70 % af mammografierne skal kun læses af én radiolog i stedet for to.",
        en: "Just over 70 % of mammograms need only one radiologist instead of two.",
      },
      figures: [{ value: 70, unit: "percent", approximate: true }],
    },
    {
      kind: "quality",
      headline: true,
      text: {
        da: "12 flere tilfælde af brystkræft findes pr. 10.000 screeninger, og der er godt 20 % færre genindkaldelser til udredning.",
        en: "12 more breast cancers are found per 10,000 screenings, and there are just over 20 % fewer recalls for further examination.",
      },
      figures: [
        { value: 12, unit: "count" },
        { value: 20, unit: "percent", approximate: true },
      ],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Før fandt radiologerne i gennemsnit 70 tilfælde af brystkræft pr. 10.000 screeninger; nu er tallet 82. Især flere små invasive kræftformer bliver fundet, og det har betydning for kvindernes chance for at blive helbredt.",
        en: "Radiologists used to find on average 70 breast cancers per 10,000 screenings; now the figure is 82. More small invasive cancers in particular are found, which matters for the women's chance of being cured.",
      },
      figures: [
        { value: 70, unit: "count" },
        { value: 82, unit: "count" },
      ],
    },
    {
      kind: "quality",
      headline: false,
      text: {
        da: "Løsningen giver færre falsk positive fund, så færre kvinder skal igennem bekymring og udredning. Målet var oprindeligt kun at matche radiologernes præcision.",
        en: "The solution gives fewer false positives, so fewer women go through worry and further examination. The original aim was only to match the radiologists' accuracy.",
      },
      figures: [],
    },
    {
      kind: "economy",
      headline: true,
      text: {
        da: "35 % mindre arbejde for lægerne, fordi færre normale mammografier skal vurderes af to.",
        en: "35 % less work for the doctors, because fewer normal mammograms need two readers.",
      },
      figures: [{ value: 35, unit: "percent" }],
    },
    {
      kind: "economy",
      headline: false,
      text: {
        da: "Færre timer til screeningsvurderinger og til udredning af genindkaldte kvinder kan give lavere lønudgifter i screeningsprogrammet.",
        en: "Fewer hours spent on screening assessments and on examining recalled women may lower the wage costs of the screening programme.",
      },
      figures: [],
    },
  ],
  economics: {
    investment: {
      kind: "amount",
      value: 5_800_000,
      unit: "dkk",
      note: {
        da: "Afsat i sommeren 2021 efter beslutning i regionsrådet for at styrke udredningen af brystkræft.",
        en: "Set aside in summer 2021 by decision of the regional council to support breast-cancer diagnostics.",
      },
    },
    annualOperation: { kind: "not-stated", reason: "not-stated" },
    annualSaving: {
      kind: "not-stated",
      reason: "not-isolable",
      note: {
        da: "Der mangler allerede radiologer, så en økonomisk effekt er svær at isolere. Arbejdsbyrden falder dog med 35 %, og genindkaldelserne med godt 20 %, hvilket kan give lavere lønudgifter.",
        en: "With radiologists already in short supply, an economic effect is hard to isolate. The workload does fall by 35 %, and recalls by just over 20 %, which may lower wage costs.",
      },
    },
  },
  prerequisites: {
    "data-technology": {
      da: "Algoritmen er trænet på mere end 1 mio. mammografiundersøgelser fra forskellige udbydere i Europa og USA. Regionens brystkræftscreeningsprogram validerede løsningen på regionens egne data sammen med Københavns Universitet.",
      en: "The algorithm is trained on more than 1 million mammography examinations from different providers in Europe and the USA. The region's breast-cancer screening programme validated it on the region's own data together with the University of Copenhagen.",
    },
    organisation: {
      da: "Løsningen kan bygges ind i de systemer, afdelingerne allerede bruger, men kræver tæt samarbejde med erfarne speciallæger i brystradiologi.",
      en: "The solution fits into the systems the departments already use, but needs close work with experienced breast radiologists.",
    },
    competences: {
      da: "Det vurderes, at løsningen som udgangspunkt ikke kræver særlige kompetencer at bruge. Til gengæld skal grænseværdierne for, hvordan patienterne fordeles, overvejes grundigt og forankres i ledelsen.",
      en: "Using the solution is judged, as a starting point, to take no special skills. The thresholds that decide how patients are split must, however, be considered carefully and anchored with management.",
    },
    legal: {
      da: "Før løsningen blev taget i brug, blev den afprøvet i et stort retrospektivt simulationsstudie over for vurderinger fra meget erfarne brystradiologer. De prospektive resultater blev offentliggjort i 2024.",
      en: "Before it went live, the solution was tested in a large retrospective simulation study against the assessments of very experienced breast radiologists. The prospective results were published in 2024.",
    },
    scaling: {
      da: "Løsningen sparer speciallægetid og holder samtidig den høje faglige kvalitet. Den kan skaleres, men implementeringen kræver forandringsledelse, så medarbejderne er med.",
      en: "The solution saves specialist time while keeping quality high. It can be scaled, but implementation needs change management to bring staff on board.",
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
    "ai-role": "triage-routing",
    "annual-volume": "10000-to-100000",
    sourcing: null,
    "processing-location": null,
    "use-areas": ["medical-device"],
    profiling: "yes",
  },
  profileNotes: [
    {
      da: "AI'ens rolle: scoren afgør, om én eller to radiologer læser mammografien, mens en erfaren brystradiolog altid afgør resultatet. Derfor er rollen klassificeret som visitering.",
      en: "The AI's role: the score decides whether one or two radiologists read the mammogram, while an experienced breast radiologist always decides the result. The role is therefore classified as triage.",
    },
    {
      da: "Antal om året: kataloget taler om titusindvis af screeningsmammografier uden at nævne et præcist tal. Det er klassificeret som 10.000–100.000 om året.",
      en: "Volume a year: the catalogue speaks of tens of thousands of screening mammograms without an exact number. It is classified as 10,000–100,000 a year.",
    },
    {
      da: "Byg, køb eller genbrug: kataloget siger ikke, om regionen har købt løsningen eller udviklet den selv, så feltet er ikke udfyldt.",
      en: "Build, buy or reuse: the catalogue does not say whether the region bought the solution or developed it itself, so the attribute is left open.",
    },
    {
      da: "Behandlingssted: kataloget siger ikke, hvor data behandles, så feltet er ikke udfyldt.",
      en: "Processing location: the catalogue does not say where data is processed, so the attribute is left open.",
    },
    {
      da: "Særlige anvendelsesområder: kataloget nævner ikke reguleringen, men software, der vurderer mammografier for tegn på kræft, er typisk medicinsk udstyr efter forordningen om medicinsk udstyr (MDR), som står i AI-forordningens bilag I. Kræver udstyret et bemyndiget organ, er det højrisiko efter artikel 6, stk. 1. Kataloget oplyser ikke CE-mærkning eller risikoklasse. Løsningen er klassificeret som medicinsk udstyr.",
      en: "Particular areas of use: the catalogue does not mention regulation, but software that assesses mammograms for signs of cancer is typically a medical device under the Medical Device Regulation (MDR), which is listed in Annex I of the AI Act. If the device needs a notified body, it is high-risk under Article 6(1). The catalogue states neither CE marking nor risk class. The solution is classified as a medical device.",
    },
    {
      da: "Profilering: scoren er en vurdering af den enkelte kvindes helbred (risikoen for brystkræft) og er derfor klassificeret som profilering.",
      en: "Profiling: the score evaluates the individual woman's health (her risk of breast cancer), so it is classified as profiling.",
    },
  ],
  source: {
    document: "Seks AI-cases fra offentlige organisationer",
    publisher: "Digitaliseringsstyrelsen",
    section: {
      da: "Case 2: Region Hovedstaden optimerer mammografi-screeninger med AI",
      en: "Case 2: The Capital Region of Denmark improves mammography screening with AI",
    },
    note: {
      da: "Effekter, økonomi og juridiske vurderinger er Region Hovedstadens egne tal og vurderinger, som de er oplyst til kataloget.",
      en: "Effects, economics and legal assessments are the Capital Region of Denmark's own figures and judgements, as reported to the catalogue.",
    },
  },
} satisfies z.input<typeof caseStudySchema>;
