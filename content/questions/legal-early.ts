import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * The advice "Jura tidligt i processen" asks about timing and way of working: when legal expertise
 * comes in and when the clarification must be done. Whether a lawyer is involved at all is asked
 * here (lawearly-legal-in-design); the legal substance (legal basis per phase, DPIA, AI Act class)
 * is asked under the legal prerequisite, so the two steps do not ask the same thing.
 */
export const legalEarlyQuestions: ScoredQuestion[] = [
  {
    id: "lawearly-legal-in-design",
    section: "legal-early",
    text: {
      da: "Er juridiske kompetencer med fra begyndelsen, så de kan præge use case og design – og ikke kun godkende til sidst?",
      en: "Is legal expertise involved from the beginning, so that it can shape the use case and design – and not only approve at the end?",
    },
    help: {
      da: "Ifølge kataloget er det ofte juridiske udfordringer, der får projekter til at gå i stå. Her spørger vi til, hvornår juristen kommer ind i projektet – selve afklaringen af hjemmel og databeskyttelse hører til trinnet Juridiske overvejelser. En jurist, der er med fra begyndelsen, kan pege på de valg, der gør den juridiske afklaring lettere, fx at løsningen behandler færre personoplysninger.",
      en: "According to the catalogue, it is often legal challenges that stall projects. This question is about when the lawyer joins the project – the clarification of legal basis and data protection itself belongs to the step Legal considerations. A lawyer involved from the beginning can point out the choices that make legal clarification easier, such as the solution processing less personal data.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "Kommunen valgte en løsning, der automatisk slører personer og biler, før data uploades, og vurderer selv, at den ikke behandler personoplysninger. Et sådant designvalg kan gøre den juridiske afklaring lettere, men det erstatter den ikke: selve optagelsen og sløringen kan være behandling af personoplysninger, og kommunen peger selv på, at det kan være relevant at inddrage it-kontraktgruppen for at sikre, at GDPR er overholdt.",
        en: "The municipality chose a solution that blurs people and cars automatically before data is uploaded, and judges that it processes no personal data. A design choice like this can make the legal clarification easier, but it does not replace it: the recording and blurring can themselves be processing of personal data, and the municipality itself notes that it can be worth involving the IT contracts group to ensure GDPR compliance.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-involved",
        label: { da: "Nej, ingen jurist er involveret endnu", en: "No, no lawyer is involved yet" },
        points: 0,
      },
      {
        id: "approval-only",
        label: { da: "Først til sidst, for at godkende", en: "Only at the end, to approve" },
        points: 1,
      },
      {
        id: "from-start",
        label: {
          da: "Ja, fra begyndelsen og med indflydelse på designet",
          en: "Yes, from the beginning and with a say in the design",
        },
        points: 2,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Hold et møde mellem projektleder, fagfolk og jurist, før use case og data ligger fast, og gennemgå formål, data og AI'ens rolle. Lad juristen pege på de valg, der gør afklaringen lettere. Næstved omdanner fx billeder til piktogrammer lokalt for at beskytte privatlivet.",
      en: "Hold a meeting between the project manager, domain staff and a lawyer before the use case and data are settled, and go through the purpose, the data and the AI's role. Let the lawyer point out the choices that make clarification easier. Næstved, for example, turns images into pictograms locally to protect privacy.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "lawearly-clarified-before-start",
    section: "legal-early",
    text: {
      da: "Har I besluttet, at den juridiske afklaring skal være på plads, før udvikling eller indkøb går i gang?",
      en: "Have you decided that the legal clarification must be in place before development or procurement begins?",
    },
    help: {
      da: "Her spørger vi til rækkefølgen i jeres plan, ikke til selve afklaringen. Viser det sig sent, at der mangler hjemmel, kan løsningen skulle laves om eller helt opgives. Gør I afklaringen til en milepæl før start, bliver det en planlagt beslutning frem for en overraskelse.",
      en: "This question is about the order of your plan, not the clarification itself. If a missing legal basis is discovered late, the solution may have to be redone or given up altogether. Making the clarification a milestone before the start turns it into a planned decision rather than a surprise.",
    },
    caseExample: {
      case: "skatteforvaltningen",
      text: {
        da: "Skatteforvaltningen understreger, at løsningen kræver juridiske analyser og godkendelser før ibrugtagning, fordi henvendelserne indeholder personoplysninger.",
        en: "Skatteforvaltningen stresses that the solution needs legal analyses and approvals before use, because the enquiries contain personal data.",
      },
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
      da: "Gør den juridiske afklaring til en milepæl i projektplanen, som skal være nået, før I indgår kontrakt eller begynder at udvikle. Køber I løsningen, så tag spørgsmålene om hjemmel og databehandling med i udbudsmaterialet.",
      en: "Make the legal clarification a milestone in the project plan that must be reached before you sign a contract or start developing. If you buy the solution, include the questions of legal basis and data processing in the tender documents.",
    },
    recommendationCase: "skatteforvaltningen",
  },
  {
    id: "lawearly-precedent-examined",
    section: "legal-early",
    text: {
      da: "Har I undersøgt, hvordan andre myndigheder har afklaret hjemmel og de øvrige juridiske spørgsmål for lignende løsninger?",
      en: "Have you examined how other authorities clarified the legal basis and the other legal questions for similar solutions?",
    },
    help: {
      da: "Andres juridiske vurderinger kan spare tid og pege på den rette lovbestemmelse. De skal stadig vurderes ud fra jeres egen opgave og jeres eget lovgrundlag.",
      en: "Other authorities' legal assessments can save time and point to the right provision. They must still be assessed against your own task and your own legal framework.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "Kommunen fandt hjemmel i serviceloven § 136 e. Da kataloget blev skrevet, var der projekter med lignende monitorering i gang i 9 kommuner og på 6 hospitaler – andre myndigheder at lære af.",
        en: "The municipality found its legal basis in the Social Services Act (serviceloven) § 136 e. When the catalogue was written, projects with similar monitoring were under way in 9 municipalities and 6 hospitals – other authorities to learn from.",
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
          da: "Undersøgt og brugt i vores egen vurdering",
          en: "Examined and used in our own assessment",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Kontakt myndigheder, der har en lignende løsning i drift, og bed om deres juridiske vurdering eller konsekvensanalyse. Brug den som udgangspunkt, men lad jeres egen jurist vurdere forskellene.",
      en: "Contact authorities that run a similar solution and ask for their legal assessment or impact assessment. Use it as a starting point, but have your own lawyer assess the differences.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "lawearly-assessment-documented",
    section: "legal-early",
    text: {
      da: "Er den juridiske vurdering skrevet ned, og bliver den opdateret i hver fase?",
      en: "Is the legal assessment written down, and is it updated in each phase?",
    },
    help: {
      da: "Hjemmel og risiko kan ændre sig mellem udvikling, afprøvning, drift og gentræning, og når løsningen udvides til nye områder. En skriftlig vurdering, der holdes ajour, viser, hvad der er afklaret, og hvad der mangler. Her spørger vi, om vurderingen er samlet og holdes ajour – om de enkelte spørgsmål er afklaret, spørger trinnet Juridiske overvejelser om.",
      en: "The legal basis and the risks can change between development, testing, operation and retraining, and when the solution is extended to new areas. A written assessment that is kept up to date shows what has been clarified and what is missing. This question asks whether the assessment is kept together and up to date – whether each question has been clarified is asked in the step Legal considerations.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP etablerede løsningen inden for boligstøtteadministrationens eksisterende juridiske rammer og supplerede med en særskilt vurdering af AI-løsningen.",
        en: "ATP set up the solution within the existing legal framework of housing-benefit administration, with a supplementary assessment of the AI solution.",
      },
    },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-documented",
        label: { da: "Ikke skrevet ned", en: "Not written down" },
        points: 0,
      },
      {
        id: "documented-once",
        label: { da: "Skrevet ned én gang", en: "Written down once" },
        points: 1,
      },
      {
        id: "updated-per-phase",
        label: {
          da: "Skrevet ned og opdateres i hver fase",
          en: "Written down and updated in each phase",
        },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Saml den juridiske vurdering i ét dokument med et afsnit for hver fase, og gør en opdatering til en del af beslutningen om at gå videre til næste fase.",
      en: "Keep the legal assessment in one document with a section for each phase, and make updating it part of the decision to move on to the next phase.",
    },
    recommendationCase: "atp",
  },
];
