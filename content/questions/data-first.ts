import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * The advice "Data først": is the data groundwork (volume, quality, ownership, representativeness)
 * settled before the project starts. Access to the data is asked under data and technology
 * (dt-data-access) and is not repeated here.
 */
export const dataFirstQuestions: ScoredQuestion[] = [
  {
    id: "dfirst-volume",
    section: "data-first",
    text: {
      da: "Er der data nok til at træne, afprøve og validere løsningen?",
      en: "Is there enough data to train, test and validate the solution?",
    },
    help: {
      da: "Hvor meget data der skal til, afhænger af metoden. Køber I en færdigtrænet model, skal der stadig være nok af jeres egne data til at afprøve den. Tæl efter i stedet for at skønne, og se også på, om alle kategorier er med.",
      en: "How much data it takes depends on the method. If you buy a ready-trained model, you still need enough of your own data to test it. Count rather than estimate, and check that every category is represented.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen angiver, at løsningen kræver mindst 6.000 henvendelser og en relevant fordeling af de afsluttede henvendelser på de modtagende fagområder.",
        en: "Skatteforvaltningen states that the solution needs at least 6,000 enquiries and a relevant distribution of closed enquiries across the receiving areas.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "too-little", label: { da: "Nej, for lidt", en: "No, too little" }, points: 0 },
      {
        id: "not-collected-yet",
        label: {
          da: "Data findes ikke endnu og skal først indsamles",
          en: "The data does not exist yet and must be collected first",
        },
        points: 0,
      },
      {
        id: "estimated",
        label: { da: "Sandsynligvis, men kun skønnet", en: "Probably, but only estimated" },
        points: 1,
      },
      {
        id: "counted-enough",
        label: {
          da: "Ja, talt op og holdt op mod behovet",
          en: "Yes, counted and compared with what is needed",
        },
        points: 2,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Tæl, hvor mange afsluttede sager eller eksempler der findes i hver kategori, og få leverandøren eller en datafaglig til at vurdere, om det rækker til træning og test. Er der for lidt, så gør use casen smallere, begynd at indsamle data nu, eller vælg en færdigtrænet model.",
      en: "Count how many closed cases or examples exist in each category, and have the vendor or a data specialist judge whether that is enough for training and testing. If there is too little, narrow the use case, start collecting data now, or choose a ready-trained model.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "dfirst-clarified-before-start",
    section: "data-first",
    text: {
      da: "Har I besluttet, at datagrundlaget – mængde, kvalitet og adgang – skal være afklaret, før udvikling eller indkøb går i gang?",
      en: "Have you decided that the data groundwork – volume, quality and access – must be clarified before development or procurement begins?",
    },
    help: {
      da: "Ligesom for jura anbefaler kataloget at afklare de datamæssige forudsætninger, før projektet sættes i gang. Gør I det til en milepæl, bruger projektet ikke penge på udvikling, før det står klart, at data rækker. Her spørger vi til rækkefølgen i jeres plan; om I har adgang til data, spørger trinnet Data og teknologi om.",
      en: "As with the legal questions, the catalogue recommends clarifying the data prerequisites before the project is started. Making it a milestone means the project spends no money on development until it is clear that the data is sufficient. This question is about the order of your plan; whether you have access to the data is asked in the step Data and technology.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-planned",
        label: { da: "Nej, afklaringen er ikke planlagt", en: "No, the clarification is not planned" },
        points: 0,
      },
      {
        id: "alongside",
        label: {
          da: "Den sker sideløbende med udvikling eller indkøb",
          en: "It runs alongside development or procurement",
        },
        points: 1,
      },
      {
        id: "before-start",
        label: {
          da: "Ja, den er en milepæl før udvikling eller indkøb",
          en: "Yes, it is a milestone before development or procurement",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Gør dataafklaringen til en milepæl før udvikling eller indkøb: Opgør mængden, gennemgå et udtræk, og få adgangen bekræftet. Rækker data ikke, så gør use casen mindre, eller vent.",
      en: "Make the data clarification a milestone before development or procurement: count the volume, review an extract and have access confirmed. If the data is not sufficient, narrow the use case or wait.",
    },
  },
  {
    id: "dfirst-quality-sample",
    section: "data-first",
    text: {
      da: "Har I tjekket datakvaliteten på et prøveudtræk af de rigtige data?",
      en: "Have you checked data quality on a trial extract of the real data?",
    },
    help: {
      da: "Et konkret udtræk viser både, om data kan trækkes ud i et brugbart format, og hvordan kvaliteten er i praksis: manglende felter, uensartede kategorier, fejl og dubletter. Det afslører ofte problemer, som ingen kendte til.",
      en: "A real extract shows both whether the data can be taken out in a usable format and what the quality is in practice: missing fields, inconsistent categories, errors and duplicates. It often reveals problems nobody knew about.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-checked",
        label: { da: "Nej, kvaliteten er ikke tjekket", en: "No, quality has not been checked" },
        points: 0,
      },
      {
        id: "impression",
        label: {
          da: "Vi har et indtryk, men har ikke gennemgået et udtræk",
          en: "We have an impression, but have not reviewed an extract",
        },
        points: 1,
      },
      {
        id: "sample-checked",
        label: {
          da: "Ja, et udtræk er gennemgået, og fundene er skrevet ned",
          en: "Yes, an extract has been reviewed, and the findings are written down",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Bed systemejeren om et lille udtræk i det format, løsningen skal bruge, og lad en fagperson og en dataperson gennemgå det sammen. Skriv ned, hvilke fejl I finder, og hvor ofte de forekommer.",
      en: "Ask the system owner for a small extract in the format the solution will use, and have a domain expert and a data specialist review it together. Write down which errors you find and how often they occur.",
    },
  },
  {
    id: "dfirst-data-owner",
    section: "data-first",
    text: {
      da: "Er der en navngiven dataejer, som har sagt ja til at levere data til projektet – også når løsningen er i drift?",
      en: "Is there a named data owner who has agreed to supply data to the project – also once the solution is in operation?",
    },
    help: {
      da: "Data ligger ofte i fagsystemer, som en anden enhed eller en leverandør forvalter. En navngiven dataejer, der har forpligtet sig, forhindrer, at projektet går i stå, når data skal leveres, og at leverancerne stopper, når løsningen er i drift. Trinnet Data og teknologi spørger, om I må og kan hente data; her spørger vi, om en bestemt person har lovet at levere dem.",
      en: "Data often sits in business systems that another unit or a vendor manages. A named data owner who has committed keeps the project from stalling when data is due, and keeps deliveries from stopping once the solution is in operation. The step Data and technology asks whether you may and can obtain the data; this question asks whether a specific person has promised to supply it.",
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "no-owner",
        label: { da: "Nej, ingen dataejer er udpeget", en: "No, no data owner has been named" },
        points: 0,
      },
      {
        id: "owner-named",
        label: {
          da: "Dataejeren er kendt, men har ikke sagt ja",
          en: "The data owner is known, but has not agreed",
        },
        points: 1,
      },
      {
        id: "owner-committed",
        label: {
          da: "Ja, dataejeren har sagt ja, og leverancen er aftalt",
          en: "Yes, the data owner has agreed, and delivery is arranged",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Find ud af, hvem der ejer de data, I skal bruge, og lav en skriftlig aftale om formål, format og hvor ofte data leveres – også i drift. Har en leverandør data, så skriv leverancen ind i kontrakten.",
      en: "Find out who owns the data you need, and make a written agreement on purpose, format and how often data is delivered – also in operation. If a vendor holds the data, write delivery into the contract.",
    },
  },
  {
    id: "dfirst-representative",
    section: "data-first",
    text: {
      da: "Afspejler data de borgere, sager og situationer, som løsningen skal bruges på?",
      en: "Do the data reflect the citizens, cases and situations the solution will be used on?",
    },
    help: {
      da: "En model, der er trænet på andre data end jeres, eller på data fra kun én enhed, én periode eller én gruppe, kan virke dårligere hos jer. Afprøv den på jeres egne data, og se efter grupper eller situationer, der mangler eller er for svagt repræsenteret.",
      en: "A model trained on data other than yours, or on data from only one unit, one period or one group, may work less well for you. Test it on your own data, and look for groups or situations that are missing or under-represented.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "Region Hovedstadens model er trænet på mere end 1 mio. mammografiundersøgelser fra forskellige udbydere i Europa og USA, og regionen validerede den på egne data sammen med Københavns Universitet.",
        en: "Region Hovedstaden's model was trained on more than 1 million mammograms from different providers in Europe and the USA, and the region validated it on its own data together with the University of Copenhagen.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-examined",
        label: { da: "Nej, det er ikke undersøgt", en: "No, it has not been examined" },
        points: 0,
      },
      {
        id: "partly",
        label: {
          da: "Delvist: undersøgt, men ikke afprøvet på egne data",
          en: "Partly: examined, but not tested on our own data",
        },
        points: 1,
      },
      {
        id: "validated-own-data",
        label: {
          da: "Ja, undersøgt og afprøvet på egne data",
          en: "Yes, examined and tested on our own data",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Afprøv løsningen på et repræsentativt udsnit af jeres egne data før ibrugtagning, og sammenlign resultaterne på tværs af relevante grupper og enheder. Prenaital er fx afprøvet på data fra 17 danske hospitaler.",
      en: "Test the solution on a representative sample of your own data before use, and compare the results across relevant groups and units. Prenaital, for example, was tested on data from 17 Danish hospitals.",
    },
    recommendationCase: "prenaital",
  },
];
