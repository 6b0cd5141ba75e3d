import type { ScoredQuestion } from "@/lib/schemas/question";

export const startSmallQuestions: ScoredQuestion[] = [
  {
    id: "small-routine-process",
    section: "start-small",
    text: {
      da: "Er opgaven en afgrænset, rutinepræget proces, der gentages mange gange?",
      en: "Is the task a well-defined, routine process that repeats many times?",
    },
    help: {
      da: "Kataloget anbefaler at vælge »kedelige« opgaver: enkle processer med mange gentagelser. De giver mange eksempler at lære af, gevinsten er let at måle, og en fejl rammer ikke hårdt.",
      en: "The catalogue recommends choosing “boring” tasks: simple processes with many repetitions. They give many examples to learn from, the gain is easy to measure, and a mistake does not hit hard.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen lod AI fordele skriftlige henvendelser. Der kom ca. 775.000 i 2024, og modellen fordelte mere end 270.000 af dem.",
        en: "Skatteforvaltningen let AI route written enquiries. About 775,000 arrived in 2024, and the model routed more than 270,000 of them.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "varied-or-rare",
        label: {
          da: "Nej: opgaven varierer meget eller forekommer sjældent",
          en: "No: the task varies a lot or occurs rarely",
        },
        points: 0,
      },
      {
        id: "partly",
        label: { da: "Delvist: en del af opgaven er rutine", en: "Partly: some of the task is routine" },
        points: 1,
      },
      {
        id: "routine-repetitive",
        label: {
          da: "Ja: en afgrænset rutineopgave med mange gentagelser",
          en: "Yes: a well-defined routine task with many repetitions",
        },
        points: 2,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Afgræns opgaven til det trin i processen, der er mest ensartet og hyppigst, fx fordeling eller aflæsning af oplysninger frem for selve afgørelsen. Hos ATP aflæser AI en del af de lejekontrakter, som den eksisterende automatik ikke kunne håndtere.",
      en: "Narrow the use case to the step of the process that is most uniform and most frequent, such as routing or reading information rather than the decision itself. At ATP, AI reads part of the lease contracts that the existing automation could not handle.",
    },
    recommendationCase: "atp",
  },
  {
    id: "small-staff-first",
    section: "start-small",
    text: {
      da: "Bruges den første version af medarbejdere, så der står et menneske mellem AI'en og borgeren?",
      en: "Is the first version used by staff, so that a person stands between the AI and the citizen?",
    },
    help: {
      da: "En proces uden direkte borgerkontakt er lettere at begynde med: Fejl kan fanges, før de rammer borgeren, og medarbejderne kan vurdere kvaliteten, mens løsningen modnes.",
      en: "A process without direct citizen contact is easier to begin with: mistakes can be caught before they reach the citizen, and staff can judge the quality while the solution matures.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Hos Skatteforvaltningen fordeler AI'en kun henvendelserne. Vejledere besvarer dem, og henvendelser, der er fordelt forkert, fordeles i hånden.",
        en: "At Skatteforvaltningen the AI only routes the enquiries. Advisers answer them, and enquiries routed wrongly are routed by hand.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "citizens-directly",
        label: {
          da: "Nej: borgerne møder AI'en direkte fra start",
          en: "No: citizens meet the AI directly from the start",
        },
        points: 0,
      },
      {
        id: "partly-reviewed",
        label: {
          da: "Delvist: medarbejdere bruger den, men noget når borgeren uden kontrol",
          en: "Partly: staff use it, but some output reaches citizens unchecked",
        },
        points: 1,
      },
      {
        id: "staff-only",
        label: {
          da: "Ja: kun medarbejdere bruger den, og intet når borgeren uden en medarbejders kontrol",
          en: "Yes: only staff use it, and nothing reaches a citizen without a staff member's check",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Lad den første version arbejde bag skranken, så medarbejderne ser og retter resultatet. Udvid først til direkte borgerkontakt, når kvaliteten er målt.",
      en: "Let the first version work behind the scenes, so that staff see and correct its output. Extend to direct citizen contact only once the quality has been measured.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "small-pilot",
    section: "start-small",
    text: {
      da: "Er det første skridt afgrænset til en lille del af opgaven, fx én enhed, én opgavetype eller én periode?",
      en: "Is the first step limited to a small part of the task, for example one unit, one type of task or one period?",
    },
    help: {
      da: "Et lille første skridt viser, om løsningen virker hos jer, før der bruges mange penge, og gør det billigt at stoppe eller ændre kurs.",
      en: "A small first step shows whether the solution works for you before much money is spent, and makes it cheap to stop or change course.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Kommunen investerede 135.000 kr. i at afprøve teknologien på vedligeholdelse af cykelstier.",
        en: "The municipality invested DKK 135,000 in trying out the technology on cycle-path maintenance.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "everything-at-once",
        label: { da: "Nej: vi tager hele opgaven på én gang", en: "No: we take on the whole task at once" },
        points: 0,
      },
      {
        id: "partly-limited",
        label: { da: "Delvist: afgrænset, men stadig bredt", en: "Partly: limited, but still broad" },
        points: 1,
      },
      {
        id: "small-first-step",
        label: { da: "Ja: et lille, afgrænset første skridt", en: "Yes: a small, limited first step" },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Vælg én enhed, én opgavetype eller én periode til det første skridt, og aftal på forhånd, hvornår I stopper eller ændrer kurs. ATP brugte ca. 130.000 kr. på afprøvning, før ca. 250.000 kr. gik til produktionsmodning.",
      en: "Choose one unit, one type of task or one period for the first step, and agree in advance when you will stop or change course. ATP spent about DKK 130,000 on trials before about DKK 250,000 went to production hardening.",
    },
    recommendationCase: "atp",
  },
  {
    id: "small-reuse-examined",
    section: "start-small",
    text: {
      da: "Har I undersøgt, om en eksisterende løsning kan genbruges, før I bygger eller køber en ny?",
      en: "Have you examined whether an existing solution can be reused before you build or buy a new one?",
    },
    help: {
      da: "Kataloget anbefaler at undersøge genbrug, før man starter forfra. Det kan være jeres egen tekniske platform eller en løsning, som andre offentlige organisationer allerede bruger.",
      en: "The catalogue recommends examining reuse before starting from scratch. That can be your own technical platform or a solution that other public bodies already use.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP byggede videre på sin eksisterende OCR-arkitektur, og det hjalp ifølge ATP projektet betydeligt.",
        en: "ATP built on its existing OCR architecture, which according to ATP helped the project greatly.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-examined", label: { da: "Ikke undersøgt", en: "Not examined" }, points: 0 },
      { id: "in-progress", label: { da: "Undersøges nu", en: "Being examined" }, points: 1 },
      {
        id: "examined",
        label: {
          da: "Undersøgt, og valget er begrundet",
          en: "Examined, and the choice is justified",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Spørg kommuner, regioner og styrelser, der har løst en lignende opgave, og se på jeres egne platforme. Skriv ned, hvorfor I genbruger, køber eller bygger. Da kataloget blev skrevet, var der fx projekter med monitorering som Næstveds i gang i 9 kommuner og på 6 hospitaler.",
      en: "Ask municipalities, regions and agencies that have solved a similar task, and look at your own platforms. Write down why you reuse, buy or build. When the catalogue was written, for example, projects with monitoring like Næstved's were under way in 9 municipalities and 6 hospitals.",
    },
    recommendationCase: "naestved",
  },
];
