import type { ScoredQuestion } from "@/lib/schemas/question";

/**
 * Scored questions for the prerequisite "Kompetencer": training, AI literacy and the expertise to
 * build and judge the solution. Legal expertise is asked about under the advice "legal-early".
 * Options run from the weakest (0 points) to the best.
 */
export const competencesQuestions: ScoredQuestion[] = [
  {
    id: "comp-training-plan",
    section: "competences",
    text: {
      da: "Er der en plan for oplæringen i løsningen, og ved I, hvor lang tid den tager?",
      en: "Is there a plan for training staff in the solution, and do you know how long it takes?",
    },
    help: {
      da: "Planen siger, hvem der skal oplæres, i hvad, af hvem og hvor længe – også nye medarbejdere og vikarer. Kender I omfanget, kan I afsætte tiden; undervurderer I det, bliver løsningen brugt forkert eller slet ikke.",
      en: "The plan says who is trained, in what, by whom and for how long – new staff and temps included. If you know its size you can set the time aside; if you underestimate it, the solution is used wrongly or not at all.",
    },
    caseExample: {
      case: "naestved",
      text: {
        da: "I Næstved klares sidemandsoplæringen på under 30 minutter, fordi løsningen viser hændelser som letforståelige piktogrammer, der også passer til medarbejdere med dansk som andetsprog.",
        en: "In Næstved peer training takes under 30 minutes, because the solution shows events as easy pictograms that also suit staff with Danish as a second language.",
      },
    },
    options: [
      { id: "no-plan", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "estimate",
        label: {
          da: "Vi har et skøn over omfanget, men ingen plan",
          en: "We have an estimate of its size, but no plan",
        },
        points: 1,
      },
      {
        id: "initial-plan",
        label: { da: "Ja, en plan for den første oplæring", en: "Yes, a plan for the initial training" },
        points: 2,
      },
      {
        id: "ongoing-plan",
        label: {
          da: "Ja, en plan, der også dækker nye medarbejdere og vikarer",
          en: "Yes, a plan that also covers new staff and temps",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Beskriv oplæringen konkret: hvem, hvad, hvor længe og af hvem. Overvej sidemandsoplæring ved superbrugere, og husk nye medarbejdere og vikarer.",
      en: "Describe the training concretely: who, what, how long and by whom. Consider peer training by super-users, and remember new staff and temps.",
    },
    recommendationCase: "naestved",
  },
  {
    id: "comp-critical-skills",
    section: "competences",
    text: {
      da: "Ved I, hvilke håndgreb brugerne skal mestre, for at løsningen får gode data og giver gode resultater?",
      en: "Do you know which practical skills users must master for the solution to get good data and give good results?",
    },
    help: {
      da: "Ofte er det få, konkrete færdigheder, der afgør kvaliteten – fx at placere et kamera rigtigt, scanne et dokument ordentligt eller registrere udfaldet ens. Dem skal oplæringen øve, ikke kun vise.",
      en: "Often a few concrete skills decide the quality – e.g. placing a camera correctly, scanning a document properly or recording the outcome consistently. Training must practise them, not just show them.",
    },
    caseExample: {
      case: "faxe",
      text: {
        da: "I Faxe kræver løsningen kun få timers oplæring, men det er særlig vigtigt at lære medarbejderne at kalibrere smartphonens placering i forruden.",
        en: "In Faxe the solution needs only a few hours of training, but teaching staff to calibrate the smartphone's placement in the windscreen is especially important.",
      },
    },
    options: [
      {
        id: "unknown",
        label: { da: "Nej, det er ikke undersøgt", en: "No, it has not been looked into" },
        points: 0,
      },
      {
        id: "known",
        label: {
          da: "Vi kender dem, men oplæringen er ikke bygget op om dem",
          en: "We know them, but the training is not built around them",
        },
        points: 1,
      },
      {
        id: "practised",
        label: {
          da: "Ja, de er kendt, og oplæringen øver dem",
          en: "Yes, they are known and the training practises them",
        },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Spørg leverandøren og de første brugere, hvilke fejl i betjeningen der giver dårlige resultater, og byg oplæringen op om at øve netop dem.",
      en: "Ask the vendor and the first users which handling errors lead to poor results, and build the training around practising exactly those.",
    },
    recommendationCase: "faxe",
  },
  {
    id: "comp-ai-literacy",
    section: "competences",
    text: {
      da: "Sikrer I, at alle, der bruger eller har ansvar for løsningen, har tilstrækkelige AI-færdigheder?",
      en: "Do you ensure that everyone who uses or is responsible for the solution has sufficient AI literacy?",
    },
    help: {
      da: "AI-forordningens artikel 4 pålægger udbydere og idriftsættere – også organisationer, der bruger AI-systemer – at træffe foranstaltninger, der understøtter AI-færdighederne hos personalet og andre, der bruger systemerne på deres vegne (som ændret ved Digital Omnibus: en pligt til at gøre en indsats, ikke til at garantere et bestemt niveau); pligten gælder siden 2. februar 2025. Det betyder, at brugere, ledere og driftsfolk, hver efter deres rolle, forstår, hvad løsningen kan, hvor den kan tage fejl, og hvilke risici den rummer.",
      en: "Article 4 of the AI Act requires providers and deployers – including organisations that use AI systems – to take measures that support the AI literacy of their staff and others who use the systems on their behalf (as amended by the Digital Omnibus: a duty of effort, not a guarantee of a particular level); the duty has applied since 2 February 2025. It means that users, managers and operators, each as their role requires, understand what the solution can do, where it can go wrong and what risks it carries.",
    },
    options: [
      {
        id: "not-considered",
        label: { da: "Nej, det er ikke overvejet", en: "No, it has not been considered" },
        points: 0,
      },
      {
        id: "general-only",
        label: {
          da: "Der er generel information om AI, men intet om denne løsning",
          en: "There is general information about AI, but nothing about this solution",
        },
        points: 1,
      },
      {
        id: "planned",
        label: {
          da: "Oplæring tilpasset hver rolle er planlagt",
          en: "Training tailored to each role is planned",
        },
        points: 2,
      },
      {
        id: "documented",
        label: {
          da: "Ja, oplæring tilpasset hver rolle er gennemført og dokumenteret",
          en: "Yes, training tailored to each role has been given and documented",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Beskriv for hver rolle, hvad den skal vide om løsningen, dens begrænsninger og risici, og registrer, hvem der har fået oplæringen. Så kan I vise, at AI-forordningens artikel 4 er opfyldt.",
      en: "Describe for each role what it needs to know about the solution, its limits and risks, and record who has been trained. That way you can show that Article 4 of the AI Act is met.",
    },
  },
  {
    id: "comp-ai-limits",
    section: "competences",
    text: {
      da: "Ved brugerne, hvornår de ikke skal stole på løsningen, og hvad de gør, når de er uenige med den?",
      en: "Do users know when not to trust the solution, and what to do when they disagree with it?",
    },
    help: {
      da: "Mennesker har en tendens til at følge en maskines forslag, også når det er forkert (automation bias). Brugerne skal kende løsningens typiske fejl, vide, at de selv har det sidste ord, og vide, hvordan de melder fejl.",
      en: "People tend to follow a machine's suggestion even when it is wrong (automation bias). Users must know the solution's typical errors, know that they have the final say, and know how to report errors.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "I Region Hovedstaden er det altid en erfaren radiolog, der træffer beslutningen; AI'ens score afgør kun, om billederne først læses af én eller altid af to radiologer.",
        en: "In Region Hovedstaden an experienced radiologist always makes the decision; the AI's score only decides whether the images are read first by one radiologist or always by two.",
      },
    },
    options: [
      {
        id: "not-covered",
        label: { da: "Nej, det indgår ikke i oplæringen", en: "No, it is not part of the training" },
        points: 0,
      },
      {
        id: "mentioned",
        label: {
          da: "Det bliver nævnt, men ikke vist med eksempler",
          en: "It is mentioned, but not shown with examples",
        },
        points: 1,
      },
      {
        id: "examples",
        label: {
          da: "Oplæringen viser typiske fejl med eksempler",
          en: "The training shows typical errors with examples",
        },
        points: 2,
      },
      {
        id: "full",
        label: {
          da: "Ja: typiske fejl vises, brugerne ved, at de har det sidste ord, og der er en fast måde at melde fejl på",
          en: "Yes: typical errors are shown, users know they have the final say, and there is a set way to report errors",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Vis brugerne konkrete eksempler på, hvor løsningen tager fejl, og aftal, hvordan de melder uenighed og fejl. Vælg gerne en løsning, der viser, hvordan den når frem til sit resultat.",
      en: "Show users concrete examples of where the solution gets it wrong, and agree how they report disagreement and errors. Prefer a solution that shows how it reaches its result.",
    },
    recommendationCase: "prenaital",
  },
  {
    id: "comp-domain-evaluation",
    section: "competences",
    text: {
      da: "Har I fagfolk, der kan vurdere, om løsningens resultater er rigtige – og har de tid til det i både test og drift?",
      en: "Do you have domain experts who can judge whether the solution's results are right – and do they have time for it in both testing and operation?",
    },
    help: {
      da: "Kun fagfolkene kan afgøre, om en visitering, en aflæsning eller en risikoscore er korrekt. De skal have tid til at gennemgå resultater i testen og til at tage stikprøver, når løsningen er i drift.",
      en: "Only domain experts can tell whether a routing, a reading or a risk score is correct. They need time to review results in testing and to take samples once the solution is in operation.",
    },
    caseExample: {
      case: "region-hovedstaden",
      text: {
        da: "Region Hovedstaden validerede løsningen på regionens egne data sammen med Københavns Universitet og testede den i et stort retrospektivt simulationsstudie mod meget erfarne brystradiologers vurderinger.",
        en: "Region Hovedstaden validated the solution on its own data together with the University of Copenhagen and tested it in a large retrospective simulation study against the assessments of very experienced breast radiologists.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "no-time",
        label: {
          da: "Fagfolkene findes, men har ikke tid afsat",
          en: "The experts exist, but have no time set aside",
        },
        points: 1,
      },
      {
        id: "test-only",
        label: {
          da: "Ja, til testen, men ikke til opfølgning i drift",
          en: "Yes, for testing, but not for follow-up in operation",
        },
        points: 2,
      },
      {
        id: "test-and-operation",
        label: {
          da: "Ja, både til testen og til løbende stikprøver i drift",
          en: "Yes, both for testing and for regular samples in operation",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Afsæt tid til fagfolk, der kan gennemgå resultater i testen og tage faste stikprøver i drift. Indret gerne løsningen, så fagspecialister selv kan træne modellen.",
      en: "Set time aside for domain experts to review results in testing and take regular samples in operation. Consider setting the solution up so that domain specialists can train the model themselves.",
    },
    recommendationCase: "atp",
  },
  {
    id: "comp-data-expertise",
    section: "competences",
    text: {
      da: "Har I adgang til data- og AI-faglige kompetencer – egne eller hos en partner – der kan bygge, teste eller vurdere modellen?",
      en: "Do you have access to data and AI expertise – your own or a partner's – that can build, test or assess the model?",
    },
    help: {
      da: "Også når I køber en færdig løsning, skal nogen kunne stille krav, forstå leverandørens målinger og vurdere resultaterne. Udvikler I selv, skal nogen kunne træne, teste og vedligeholde modellen; en partner kan dække det, men nogen hos jer skal kunne følge med.",
      en: "Even when you buy a finished solution, someone must be able to set requirements, understand the vendor's measurements and assess the results. If you develop it yourselves, someone must train, test and maintain the model; a partner can cover this, but someone on your side must be able to follow the work.",
    },
    caseExample: {
      case: "prenaital",
      text: {
        da: "Prenaital er udviklet af CAMES Rigshospitalet i samarbejde med Københavns Universitet og DTU Compute.",
        en: "Prenaital was developed by CAMES Rigshospitalet together with the University of Copenhagen and DTU Compute.",
      },
    },
    options: [
      { id: "none", label: { da: "Nej", en: "No" }, points: 0 },
      {
        id: "not-agreed",
        label: {
          da: "Vi ved, hvor vi kan finde dem, men intet er aftalt",
          en: "We know where to find it, but nothing is agreed",
        },
        points: 1,
      },
      {
        id: "partner-only",
        label: {
          da: "Ja, men kun hos en partner eller leverandør; ingen hos os kan vurdere arbejdet",
          en: "Yes, but only at a partner or vendor; nobody on our side can assess the work",
        },
        points: 2,
      },
      {
        id: "own-capacity",
        label: {
          da: "Ja, i vores egen organisation – alene eller sammen med en partner",
          en: "Yes, in our own organisation – alone or together with a partner",
        },
        points: 3,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Find en data- eller AI-faglig partner (fx et universitet, en fællesoffentlig enhed eller leverandøren), og udpeg en person hos jer, der kan stille krav og følge med i arbejdet.",
      en: "Find a data or AI partner (e.g. a university, a shared public-sector unit or the vendor), and appoint someone on your side who can set requirements and follow the work.",
    },
    recommendationCase: "region-hovedstaden",
  },
  {
    id: "comp-it-business",
    section: "competences",
    text: {
      da: "Arbejder it-folk og fagfolk tæt sammen i projektet?",
      en: "Do IT staff and domain staff work closely together in the project?",
    },
    help: {
      da: "AI-projekter går i stå, når it bygger noget, fagområdet ikke kan bruge, eller når fagområdet ikke kan forklare, hvad det har brug for. Et fast team med begge fagligheder og fælles mål mindsker risikoen.",
      en: "AI projects stall when IT builds something the business cannot use, or when the business cannot explain what it needs. A standing team with both disciplines and shared goals reduces the risk.",
    },
    caseExample: {
      case: "atp",
      text: {
        da: "ATP har i flere år arbejdet på at styrke dialogen mellem it og forretning, og projektet er blandt andet et resultat af det.",
        en: "ATP has worked for several years on strengthening the dialogue between IT and the business, and the project is partly a result of that.",
      },
    },
    options: [
      {
        id: "separate",
        label: { da: "Nej, de arbejder hver for sig", en: "No, they work separately" },
        points: 0,
      },
      {
        id: "on-demand",
        label: {
          da: "De mødes ved behov, fx som bestiller og leverandør",
          en: "They meet when needed, e.g. as client and supplier",
        },
        points: 1,
      },
      {
        id: "one-team",
        label: { da: "Ja, i et fast team med fælles mål", en: "Yes, in a standing team with shared goals" },
        points: 2,
      },
    ],
    weight: 1,
    offersDontKnow: true,
    offersNotApplicable: false,
    recommendation: {
      da: "Saml it- og fagfolk i ét projektteam med fælles mål og faste møder, og lad fagfolkene være med til at prioritere, hvad der bygges.",
      en: "Bring IT and domain staff into one project team with shared goals and regular meetings, and let domain staff help prioritise what is built.",
    },
    recommendationCase: "atp",
  },
];
