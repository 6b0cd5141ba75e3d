import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * Scored questions for the prerequisite "Skalering": can the solution outlive the pilot and spread
 * to more users, tasks and organisations. Options run from the weakest (0 points) to the best.
 */
export const scalingQuestions: ScoredQuestion[] = [
  {
    id: "scale-operation-funding",
    section: "scaling",
    text: {
      da: "Er der penge til drift, vedligehold og udrulning, når projekt- eller puljemidlerne slutter?",
      en: "Is there money for operation, maintenance and rollout when the project or grant funding ends?",
    },
    help: {
      da: "Mange AI-projekter starter på puljemidler. Er der ikke budget til licenser, drift, vedligehold og udrulning bagefter, stopper løsningen, selv om den virker.",
      en: "Many AI projects start on grant money. If there is no budget for licences, operation, maintenance and rollout afterwards, the solution stops even though it works.",
    },
    caseExample: {
      case: "prenaital",
      text: {
        da: "Prenaital er færdigudviklet og klar til implementering, men mangler midler; implementeringen på landets 17 hospitaler anslås til ca. 15 mio. kr.",
        en: "Prenaital is fully developed and ready for implementation but lacks the funding; implementing it across Denmark's 17 hospitals is put at about DKK 15 million.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "hoped-for",
        label: {
          da: "Vi håber på en pulje eller en bevilling, men intet er søgt",
          en: "We hope for a grant or an appropriation, but nothing has been applied for",
        },
        points: 1,
      },
      {
        id: "applied",
        label: {
          da: "Der er søgt midler, eller udgiften indgår i et budgetforslag",
          en: "Funding has been applied for, or the cost is in a budget proposal",
        },
        points: 2,
      },
      {
        id: "decided",
        label: { da: "Ja, finansieringen er besluttet", en: "Yes, the funding has been decided" },
        points: 3,
      },
    ],
    weight: 2,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Beregn udgiften til drift og udrulning, og få den ind i budgetprocessen eller en bevilling, før piloten slutter. Aftal også, hvad der sker med løsningen, hvis pengene ikke kommer.",
      en: "Work out the cost of operation and rollout and get it into the budget process or a grant before the pilot ends. Also agree what happens to the solution if the money does not come.",
    },
  },
  {
    id: "scale-operating-cost",
    section: "scaling",
    text: {
      da: "Kender I den årlige udgift til drift og vedligehold – og hvad den afhænger af?",
      en: "Do you know the annual cost of operation and maintenance – and what it depends on?",
    },
    help: {
      da: "Driftsudgiften kan bestå af licenser, betaling pr. side eller pr. kald, driftstimer og udstyr. Den skal kendes, så den kan holdes op mod gevinsten, og så I ved, hvad det koster, når flere bruger løsningen.",
      en: "Operating cost can consist of licences, payment per page or per call, operating hours and equipment. It must be known so it can be weighed against the gain, and so you know the cost when more people use the solution.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP opgør den årlige vedligeholdelse til ca. 181.000 kr.: 81.000 kr. til driftstimer og 0,05 kr. pr. side for ca. 2 mio. sider.",
        en: "ATP puts annual maintenance at about DKK 181,000: DKK 81,000 for operating hours and DKK 0.05 per page for about 2 million pages.",
      },
    },
    options: [
      { id: "unknown", label: { da: "Nej", en: "No" }, points: 0 },
      { id: "rough", label: { da: "Vi har et groft skøn", en: "We have a rough estimate" }, points: 1 },
      {
        id: "current-scale",
        label: {
          da: "Ja, et tilbud eller en beregning for den nuværende skala",
          en: "Yes, a quote or a calculation for the current scale",
        },
        points: 2,
      },
      {
        id: "with-growth",
        label: {
          da: "Ja, og vi ved, hvordan udgiften vokser med flere brugere eller sager",
          en: "Yes, and we know how the cost grows with more users or cases",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Få et tilbud eller lav en beregning, der deler driftsudgiften op i faste og variable dele, og hold den op mod den forventede gevinst pr. år.",
      en: "Get a quote or make a calculation that splits the operating cost into fixed and variable parts, and weigh it against the expected annual gain.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "scale-shareable-evidence",
    section: "scaling",
    text: {
      da: "Vil I dokumentere effekten, så ledelsen og andre organisationer kan bruge den, når der skal besluttes om udbredelse?",
      en: "Will you document the effect so that management and other organisations can use it when rollout is decided?",
    },
    help: {
      da: "Udbredelse kræver et beslutningsgrundlag: målte gevinster i tid, kvalitet og økonomi og det, det kostede at nå dem. Et grundlag, der er skrevet ned og kan deles, gør det lettere for andre at bygge videre og for jer selv at få finansiering.",
      en: "Rollout needs a basis for decision: measured gains in time, quality and money, and what it cost to achieve them. A written basis that can be shared makes it easier for others to build on your work and for you to obtain funding.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "Region Hovedstaden kan dokumentere 35 % hurtigere svar, 12 flere fundne brystkræfttilfælde pr. 10.000 screeninger og godt 20 % færre genindkaldelser, og de prospektive resultater blev offentliggjort i 2024.",
        en: "Region Hovedstaden reports 35 % faster answers, 12 more breast cancers found per 10,000 screenings and just over 20 % fewer recalls, and the prospective results were published in 2024.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej, det er ikke planlagt", en: "No, it is not planned" }, points: 0 },
      {
        id: "internal-status",
        label: {
          da: "Kun som en intern status uden målte tal",
          en: "Only as an internal status without measured figures",
        },
        points: 1,
      },
      {
        id: "measured-account",
        label: {
          da: "Ja, med målte gevinster og udgifter i en opgørelse til vores egen ledelse",
          en: "Yes, with measured gains and costs in an account for our own management",
        },
        points: 2,
      },
      {
        id: "shared-account",
        label: {
          da: "Ja, og opgørelsen deles med andre organisationer eller offentliggøres",
          en: "Yes, and the account is shared with other organisations or published",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Planlæg en opgørelse af gevinster og udgifter efter piloten, og del den med ledelsen og med organisationer, der har samme opgave, fx gennem fællesoffentlige netværk.",
      en: "Plan an account of gains and costs after the pilot, and share it with management and with organisations that have the same task, e.g. through shared public-sector networks.",
    },
    recommendationCase: "region-hovedstaden",
  },
  {
    id: "scale-generic-design",
    section: "scaling",
    text: {
      da: "Er løsningen bygget, så den kan bruges til andre opgaver eller i andre enheder uden at starte forfra?",
      en: "Is the solution built so that it can serve other tasks or units without starting over?",
    },
    help: {
      da: "Kan nye dokumenttyper, kategorier eller afdelinger tilføjes ved at træne eller konfigurere løsningen, bliver det langt billigere at udbrede gevinsten. En løsning, der er skræddersyet til én opgave, skal ofte udvikles igen.",
      en: "If new document types, categories or departments can be added by training or configuring the solution, spreading the gain becomes far cheaper. A solution tailored to one task often has to be developed again.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP byggede løsningen generisk og er i 2025 begyndt også at bruge den til at aflæse kontoudtog i forskellige formater som PDF og CSV.",
        en: "ATP built the solution generically and in 2025 began also using it to read bank statements in various formats such as PDF and CSV.",
      },
    },
    options: [
      {
        id: "tailored",
        label: { da: "Nej, den er skræddersyet til én opgave", en: "No, it is tailored to one task" },
        points: 0,
      },
      {
        id: "needs-development",
        label: { da: "Delvist: genbrug kræver ny udvikling", en: "Partly: reuse needs new development" },
        points: 1,
      },
      {
        id: "configurable",
        label: {
          da: "Ja, nye opgaver eller enheder kan tilføjes ved træning eller konfiguration",
          en: "Yes, new tasks or units can be added by training or configuration",
        },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Stil krav om, at nye kategorier, dokumenttyper eller enheder kan tilføjes ved træning eller konfiguration frem for ny kode, og afprøv det på én opgave mere.",
      en: "Require that new categories, document types or units can be added by training or configuration rather than new code, and try it on one more task.",
    },
    recommendationCase: "atp",
  },
  {
    id: "scale-open-standards",
    section: "scaling",
    text: {
      da: "Bruger løsningen standardformater og dokumenterede snitflader, så I kan udvide den eller skifte leverandør uden at starte forfra?",
      en: "Does the solution use standard formats and documented interfaces, so that you can extend it or change vendor without starting over?",
    },
    help: {
      da: "Når data, modeller og resultater kun kan bruges i én leverandørs system, bliver udbredelse og genudbud dyrt. Standardformater og dokumenterede snitflader gør det også lettere at koble løsningen på andres udstyr og systemer.",
      en: "When data, models and results can only be used in one vendor's system, rollout and re-tendering become expensive. Standard formats and documented interfaces also make it easier to connect the solution to other organisations' equipment and systems.",
    },
    caseExample: {
      case: "prenaital",
      text: {
        da: "Prenaital virker med alle de ultralydsmaskiner, der bruges i Danmark, og kan bygges direkte ind i både scannerne og den elektroniske patientjournal.",
        en: "Prenaital works with every ultrasound machine used in Denmark and can be built directly into both the scanners and the electronic patient record.",
      },
    },
    options: [
      {
        id: "locked-in",
        label: {
          da: "Nej, vi er bundet til én leverandørs system og formater",
          en: "No, we are tied to one vendor's system and formats",
        },
        points: 0,
      },
      {
        id: "partly",
        label: {
          da: "Delvist: data kan trækkes ud, men modeller eller integrationer er leverandørens",
          en: "Partly: data can be extracted, but models or integrations belong to the vendor",
        },
        points: 1,
      },
      {
        id: "open",
        label: {
          da: "Ja, standardformater og dokumenterede snitflader",
          en: "Yes, standard formats and documented interfaces",
        },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Kræv standardformater, dokumenterede snitflader og ret til at trække data og resultater ud, og vurder, hvad et leverandørskifte vil koste.",
      en: "Require standard formats, documented interfaces and the right to extract data and results, and assess what a change of vendor would cost.",
    },
    recommendationCase: "prenaital",
  },
  {
    id: "scale-shared-need",
    section: "scaling",
    text: {
      da: "Ved I, om andre enheder eller organisationer har samme behov og kunne bruge løsningen?",
      en: "Do you know whether other units or organisations have the same need and could use the solution?",
    },
    help: {
      da: "Når flere har samme opgave, kan udvikling, drift og erfaringer deles, og gevinsten ganges op. Spørg andre enheder i jeres egen organisation og jeres netværk af kommuner, regioner eller styrelser.",
      en: "When several bodies share a task, development, operation and lessons can be shared and the gain multiplied. Ask other units in your own organisation and your network of municipalities, regions or agencies.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Næstved Kommune vurderer, at løsningen kan skaleres, fordi behovet for monitorering findes i hele landet. Da kataloget blev skrevet, var der projekter med lignende monitorering i gang i 9 kommuner og på 6 hospitaler.",
        en: "Næstved Municipality judges the solution scalable because the need for monitoring exists across the country. When the catalogue was written, projects with similar monitoring were under way in 9 municipalities and 6 hospitals.",
      },
    },
    options: [
      {
        id: "none-known",
        label: { da: "Nej, vi kender ikke til andre", en: "No, we know of no others" },
        points: 0,
      },
      {
        id: "assumed",
        label: {
          da: "Vi formoder det, men har ikke talt med nogen",
          en: "We assume so, but have not talked to anyone",
        },
        points: 1,
      },
      {
        id: "in-dialogue",
        label: {
          da: "Ja, vi er i dialog med andre, der har behovet",
          en: "Yes, we are in dialogue with others who have the need",
        },
        points: 2,
      },
      {
        id: "committed",
        label: {
          da: "Ja, andre har bestilt løsningen eller aftalt at tage den i brug",
          en: "Yes, others have ordered the solution or agreed to adopt it",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Hold dialogmøder med enheder og organisationer, der har samme opgave, og aftal, hvem der vil være med, når løsningen udbredes.",
      en: "Hold dialogue meetings with units and organisations that have the same task, and agree who will join when the solution is rolled out.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "scale-support-capacity",
    section: "scaling",
    text: {
      da: "Kan drift, support og oplæring følge med, hvis mange flere skal bruge løsningen?",
      en: "Can operation, support and training keep up if many more people are to use the solution?",
    },
    help: {
      da: "Flere brugere giver flere spørgsmål, fejlmeldinger og oplæringsforløb og større belastning af systemerne – både hos jeres egen it-drift og hos leverandøren. En løsning, der kun er dimensioneret til piloten, bliver en flaskehals ved udbredelsen.",
      en: "More users bring more questions, fault reports and training sessions, and more load on the systems – both in your own IT operations and at the vendor. A solution sized only for the pilot becomes a bottleneck at rollout.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP fremhæver, at organisationens størrelse giver både udviklingskapacitet og mulighed for at udrulle løsningen bredt.",
        en: "ATP points out that its size gives it both development capacity and room to roll the solution out widely.",
      },
    },
    options: [
      {
        id: "pilot-only",
        label: { da: "Nej, den er kun dimensioneret til piloten", en: "No, it is sized only for the pilot" },
        points: 0,
      },
      {
        id: "gaps-known",
        label: {
          da: "Delvist: vi ved, hvad der mangler, men det er ikke dækket",
          en: "Partly: we know what is missing, but it is not covered",
        },
        points: 1,
      },
      {
        id: "planned",
        label: {
          da: "Ja, den ekstra kapacitet er planlagt og aftalt",
          en: "Yes, the extra capacity is planned and agreed",
        },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Anslå, hvor mange brugere, sager og fejlmeldinger en udbredelse giver, og aftal med it-drift og leverandør, hvem der dækker support, oplæring og den ekstra belastning.",
      en: "Estimate the number of users, cases and fault reports a rollout brings, and agree with IT operations and the vendor who covers support, training and the extra load.",
    },
  },
];
