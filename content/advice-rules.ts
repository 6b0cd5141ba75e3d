import type { AdviceRule } from "@/lib/schemas/framework";
import { processesPersonalData } from "./questions/legal";

/**
 * Answer patterns that lower an advice check to "warn" or "fail", whatever the advice's own
 * questions score. Each carries the reason shown to the user.
 */
export const adviceRules: AdviceRule[] = [
  // Start småt
  {
    id: "small-citizens-interact",
    advice: "start-small",
    when: { question: "audience", in: ["citizens-interact"] },
    outcome: "warn",
    reason: {
      da: "Borgerne skal bruge eller tale direkte med løsningen. Kataloget anbefaler at begynde med en proces, der ikke vender ud mod borgerne, så fejl kan fanges, før de når dem.",
      en: "Citizens will use or talk to the solution directly. The catalogue recommends beginning with a process that does not face citizens, so that mistakes can be caught before they reach them.",
    },
  },
  {
    id: "small-automated-decision",
    advice: "start-small",
    when: { question: "ai-role", in: ["automated-decision"] },
    outcome: "warn",
    reason: {
      da: "Løsningen skal træffe afgørelser uden menneskelig vurdering. Det er en stor første opgave. I to af katalogets cases (Region Hovedstaden og Skatteforvaltningen) træffer et menneske beslutningen; hos ATP bevilges flere sager »rent digitalt«.",
      en: "The solution is to make decisions without human review. That is a large first task. In two of the catalogue's cases (Region Hovedstaden and Skatteforvaltningen) a person makes the decision; at ATP more cases are granted 'purely digitally' (»rent digitalt«).",
    },
  },
  {
    id: "small-build-without-reuse",
    advice: "start-small",
    when: {
      all: [
        { question: "sourcing", in: ["build"] },
        { question: "small-reuse-examined", in: ["not-examined", "dont-know"] },
      ],
    },
    outcome: "warn",
    reason: {
      da: "I vil udvikle selv uden at have undersøgt, om en eksisterende løsning kan genbruges. ATP fremhæver, at det hjalp projektet betydeligt at bygge videre på den eksisterende OCR-arkitektur.",
      en: "You plan to develop it yourselves without having examined whether an existing solution can be reused. ATP stresses that building on its existing OCR architecture helped the project greatly.",
    },
  },
  {
    id: "small-low-volume",
    advice: "start-small",
    when: { question: "annual-volume", in: ["under-1000"] },
    outcome: "warn",
    reason: {
      da: "Opgaven forekommer under 1.000 gange om året. Med få gentagelser er gevinsten lille, og der er få eksempler at lære af. Kataloget anbefaler processer med mange gentagelser.",
      en: "The task occurs fewer than 1,000 times a year. With few repetitions the gain is small and there are few examples to learn from. The catalogue recommends processes with many repetitions.",
    },
  },
  // Jura tidligt i processen
  {
    id: "lawearly-personal-data-no-basis",
    advice: "legal-early",
    when: {
      all: [processesPersonalData, { question: "legal-basis-operation", in: ["not-examined", "dont-know"] }],
    },
    outcome: "fail",
    reason: {
      da: "Løsningen behandler personoplysninger, men hjemlen til driften er ikke afklaret. Det er netop det, kataloget beder jer afklare tidligt.",
      en: "The solution processes personal data, but the legal basis for operation is not clarified. That is exactly what the catalogue asks you to clarify early.",
    },
  },
  {
    id: "lawearly-no-legal-competence",
    advice: "legal-early",
    when: {
      all: [
        processesPersonalData,
        { question: "lawearly-legal-in-design", in: ["not-involved", "dont-know"] },
      ],
    },
    outcome: "fail",
    reason: {
      da: "Løsningen behandler personoplysninger, men ingen med juridiske kompetencer er involveret – eller I ved ikke, om nogen er. Uden en jurist kan hjemmel og databeskyttelse ikke afklares, og ifølge kataloget er det ofte juridiske udfordringer, der spænder ben for projekterne.",
      en: "The solution processes personal data, but nobody with legal expertise is involved – or you do not know whether anyone is. Without a lawyer, the legal basis and data protection cannot be clarified, and according to the catalogue it is often legal challenges that trip projects up.",
    },
  },
  {
    id: "lawearly-special-category-no-dpia",
    advice: "legal-early",
    when: {
      all: [
        { question: "personal-data", in: ["special-category"] },
        { question: "legal-dpia", in: ["not-started", "dont-know"] },
      ],
    },
    outcome: "fail",
    reason: {
      da: "Løsningen behandler følsomme oplysninger, og konsekvensanalysen er ikke påbegyndt. Den skal i gang, mens den stadig kan påvirke designet.",
      en: "The solution processes special-category data, and the impact assessment has not been started. It must begin while it can still shape the design.",
    },
  },
  {
    id: "lawearly-automated-decision-no-basis",
    advice: "legal-early",
    when: {
      all: [
        { question: "ai-role", in: ["automated-decision"] },
        { question: "legal-automated-decisions", in: ["not-examined", "in-progress", "dont-know"] },
      ],
    },
    outcome: "fail",
    reason: {
      da: "Løsningen skal træffe automatiske afgørelser, men det er ikke afklaret og skrevet ned, at der er hjemmel til det.",
      en: "The solution is to make automated decisions, but it has not been clarified and written down that there is a legal basis for that.",
    },
  },
  {
    id: "lawearly-ai-act-not-classified",
    advice: "legal-early",
    when: { question: "legal-ai-act-classified", in: ["not-examined", "dont-know"] },
    outcome: "warn",
    reason: {
      da: "Løsningens klasse efter AI-forordningen er ikke vurderet. Klassen afgør, hvilke pligter I har, og bør kendes, før I udvikler eller køber.",
      en: "The solution's class under the AI Act has not been assessed. The class decides which duties you have and should be known before you develop or buy.",
    },
  },
  // Data først
  {
    id: "dfirst-no-access",
    advice: "data-first",
    when: { question: "dt-data-access", in: ["no-access", "dont-know"] },
    outcome: "fail",
    reason: {
      da: "Adgangen til de data, løsningen skal bruge, er ikke på plads eller ikke afklaret. Ifølge kataloget spænder manglende adgang til data ofte ben for projekter.",
      en: "Access to the data the solution needs is not in place or not clarified. According to the catalogue, a lack of access to data often trips projects up.",
    },
  },
  {
    id: "dfirst-data-not-collected",
    advice: "data-first",
    when: {
      any: [
        { question: "dt-data-access", in: ["not-collected-yet"] },
        { question: "dfirst-volume", in: ["not-collected-yet"] },
      ],
    },
    outcome: "warn",
    reason: {
      da: "De data, løsningen skal bruge, findes ikke endnu. Saml dem i en afgrænset pilot, og gør dataafklaringen færdig, før I træner eller køber en løsning.",
      en: "The data the solution needs does not exist yet. Collect it in a limited pilot, and finish clarifying the data before you train or buy a solution.",
    },
  },
  {
    id: "dfirst-too-little-data",
    advice: "data-first",
    when: { question: "dfirst-volume", in: ["too-little"] },
    outcome: "fail",
    reason: {
      da: "I har vurderet, at der er for få historiske data. Ifølge kataloget spænder utilstrækkelig datamængde også ofte ben for projekter.",
      en: "You have judged that there is too little historical data. According to the catalogue, too little data also often trips projects up.",
    },
  },
  {
    id: "dfirst-volume-unknown",
    advice: "data-first",
    when: { question: "dfirst-volume", in: ["dont-know"] },
    outcome: "warn",
    reason: {
      da: "I ved ikke, om der er data nok. Opgør det, før projektet sættes i gang.",
      en: "You do not know whether there is enough data. Find out before the project is started.",
    },
  },
  {
    id: "dfirst-little-history",
    advice: "data-first",
    when: {
      all: [
        { question: "annual-volume", in: ["under-1000"] },
        { question: "sourcing", in: ["build"] },
      ],
    },
    outcome: "warn",
    reason: {
      da: "I vil udvikle selv, men opgaven forekommer under 1.000 gange om året. Det giver kun lidt historik at træne på. Skatteforvaltningen angiver fx, at deres løsning kræver mindst 6.000 henvendelser.",
      en: "You plan to develop it yourselves, but the task occurs fewer than 1,000 times a year. That gives little history to train on. Skatteforvaltningen, for example, states that its solution needs at least 6,000 enquiries.",
    },
  },
  {
    id: "dfirst-no-data-owner",
    advice: "data-first",
    when: { question: "dfirst-data-owner", in: ["no-owner", "dont-know"] },
    outcome: "warn",
    reason: {
      da: "Ingen dataejer er udpeget. Uden en ejer, der har sagt ja, risikerer projektet at stå uden data, når udviklingen skal i gang.",
      en: "No data owner has been named. Without an owner who has agreed, the project risks being left without data when development is due to begin.",
    },
  },
];
