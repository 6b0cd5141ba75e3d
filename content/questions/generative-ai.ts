import type { Condition } from "@/lib/schemas/condition";
import type { ScoredQuestion } from "@/lib/schemas/question";
import type { PublicSourceId } from "../public-sources";

/**
 * Scored questions for projects built on generative AI (language models that write, summarise,
 * answer or transcribe). The catalogue's six cases are all classic machine learning or computer
 * vision, so these questions rest on other public sources, cited by id in `sources` (see
 * content/public-sources.ts). Each is shown only when the profile's technology includes generative
 * AI, and each belongs to the prerequisite or piece of advice it is scored in.
 */

/** The profile says the solution uses generative AI. */
export const usesGenerativeAi: Condition = { question: "technology", in: ["generative-ai"] };

const cite = (...ids: PublicSourceId[]): string[] => ids;

export const generativeDataTechnologyQuestions: ScoredQuestion[] = [
  {
    id: "genai-error-rate",
    section: "data-technology",
    text: {
      da: "Har I målt på et testsæt af rigtige sager med kendte gode svar, hvor ofte løsningen svarer forkert eller finder på, og hvilke slags fejl den laver?",
      en: "Have you measured, on a test set of real cases with known good answers, how often the solution answers wrongly or makes things up, and what kinds of errors it makes?",
    },
    help: {
      da: "En sprogmodel kan skrive sikkert og flydende og alligevel tage fejl eller opdigte fakta, kilder og paragraffer (det kaldes hallucination). Kun en test på jeres egne sager viser, hvor ofte det sker, og om fejlene er små sproglige fejl eller forkerte frister, beløb og regler. Et testsæt er rigtige spørgsmål eller dokumenter, som en fagperson har skrevet det gode svar til. Kør testen igen, hver gang model, instrukser eller kilder ændres.",
      en: "A language model can write confidently and fluently and still be wrong or invent facts, sources and rules (this is called hallucination). Only a test on your own cases shows how often it happens, and whether the errors are small slips of language or wrong deadlines, amounts and rules. A test set is real questions or documents for which a domain expert has written the good answer. Run the test again whenever the model, the instructions or the sources change.",
    },
    showIf: usesGenerativeAi,
    sources: cite("digdir-genai", "gdpr-art-5"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-tested",
        label: {
          da: "Nej, svarene er ikke testet systematisk",
          en: "No, the answers have not been tested systematically",
        },
        points: 0,
      },
      {
        id: "tried-informally",
        label: {
          da: "Vi har prøvet løsningen af, men uden kendte gode svar at måle mod",
          en: "We have tried the solution out, but without known good answers to measure against",
        },
        points: 1,
      },
      {
        id: "test-set-ready",
        label: {
          da: "Vi har et testsæt med kendte gode svar, men har ikke målt fejlraten endnu",
          en: "We have a test set with known good answers but have not measured the error rate yet",
        },
        points: 2,
      },
      {
        id: "measured",
        label: {
          da: "Ja, fejlraten og fejltyperne er målt, og vi måler igen ved ændringer",
          en: "Yes, the error rate and the kinds of error are measured, and we measure again after changes",
        },
        points: 3,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Lad fagfolk samle rigtige sager og skrive det gode svar til hver. Kør løsningen på dem, tæl forkerte og opdigtede svar, og sortér fejlene efter, hvor meget skade de kan gøre. Beslut på forhånd, hvilken fejlrate I kan acceptere til netop denne opgave.",
      en: "Have domain experts collect real cases and write the good answer to each. Run the solution on them, count wrong and invented answers, and sort the errors by how much harm they can do. Decide beforehand which error rate you can accept for this particular task.",
    },
  },
  {
    id: "genai-grounding",
    section: "data-technology",
    text: {
      da: "Bygger svarene på jeres egne godkendte kilder, og kan hvert svar vise, hvilken kilde det bygger på?",
      en: "Are the answers based on your own approved sources, and can each answer show which source it rests on?",
    },
    help: {
      da: "Når løsningen henter sine svar i jeres egne godkendte dokumenter – fx vejledninger, regler og tekster fra hjemmesiden – i stedet for i modellens almindelige viden, mindskes risikoen for opdigtede svar, og en medarbejder eller borger kan tjekke svaret i kilden. Kilderne skal holdes opdaterede: et forældet dokument giver et forældet svar. Oplysninger om personer skal være korrekte (databeskyttelsesforordningens artikel 5). Vælg »Ikke relevant«, hvis løsningen kun omformer det, brugeren selv giver den, fx når den transskriberer et møde.",
      en: "When the solution takes its answers from your own approved documents – e.g. guidance, rules and web pages – rather than from the model's general knowledge, the risk of invented answers falls, and a member of staff or a citizen can check the answer in the source. The sources must be kept up to date: an outdated document gives an outdated answer. Information about people must be accurate (GDPR Article 5). Choose “Not applicable” if the solution only reworks what the user gives it, e.g. when it transcribes a meeting.",
    },
    showIf: usesGenerativeAi,
    sources: cite("gdpr-art-5"),
    offersDontKnow: true,
    offersNotApplicable: true,
    options: [
      {
        id: "model-knowledge",
        label: {
          da: "Nej, svarene bygger på modellens egen viden",
          en: "No, the answers rest on the model's own knowledge",
        },
        points: 0,
      },
      {
        id: "some-sources",
        label: {
          da: "Delvist: der er koblet kilder på, men de er ikke udvalgt og godkendt",
          en: "Partly: sources are connected, but they have not been selected and approved",
        },
        points: 1,
      },
      {
        id: "grounded-no-citation",
        label: {
          da: "Ja, svarene bygger på godkendte kilder, men kilden vises ikke",
          en: "Yes, the answers rest on approved sources, but the source is not shown",
        },
        points: 2,
      },
      {
        id: "grounded-cited",
        label: {
          da: "Ja, og hvert svar viser den kilde, det bygger på",
          en: "Yes, and each answer shows the source it rests on",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Vælg de dokumenter, løsningen må svare ud fra, og udpeg en ejer, der holder dem opdaterede. Indstil løsningen, så den viser kilden til hvert svar og siger fra, når kilderne ikke dækker spørgsmålet.",
      en: "Choose the documents the solution may answer from, and appoint an owner who keeps them up to date. Set the solution up so that it shows the source of each answer and says so when the sources do not cover the question.",
    },
  },
  {
    id: "genai-model-changes",
    section: "data-technology",
    text: {
      da: "Ved I, hvad der sker, når leverandøren ændrer eller udskifter sprogmodellen – kan I blive på en kendt version og teste igen, før en ny tages i brug?",
      en: "Do you know what happens when the vendor changes or replaces the language model – can you stay on a known version and test again before a new one is put to use?",
    },
    help: {
      da: "Sprogmodeller bliver opdateret og udfaset, og samme spørgsmål kan give et andet svar efter en opdatering. Aftal, at I får besked i god tid, at I kan blive på en kendt version, og at jeres testsæt køres igen før skiftet. Udbyderen af en AI-model til almen brug skal holde dokumentation om modellen opdateret og stille den til rådighed for udbydere af de AI-systemer, der bygger den ind (AI-forordningens artikel 53, stk. 1, litra b).",
      en: "Language models are updated and retired, and the same question can get a different answer after an update. Agree that you are told in good time, that you can stay on a known version, and that your test set is run again before the switch. The provider of a general-purpose AI model must keep documentation on the model up to date and make it available to the providers of the AI systems that build it in (AI Act Article 53(1)(b)).",
    },
    showIf: usesGenerativeAi,
    sources: cite("ai-act-art-53"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "unmanaged",
        label: { da: "Nej, modellen kan skifte uden varsel", en: "No, the model can change without notice" },
        points: 0,
      },
      {
        id: "notified",
        label: {
          da: "Vi får besked om ændringer, men kan ikke blive på en version",
          en: "We are told about changes but cannot stay on a version",
        },
        points: 1,
      },
      {
        id: "pinned",
        label: {
          da: "Vi kan blive på en version, men tester ikke fast igen før et skift",
          en: "We can stay on a version but do not routinely test again before a switch",
        },
        points: 2,
      },
      {
        id: "pinned-retested",
        label: {
          da: "Ja, versionen er fast, og vi kører testsættet igen før hvert skift",
          en: "Yes, the version is fixed, and we run the test set again before every switch",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Skriv ind i aftalen, at I får varsel om modelskift, kan blive på en kendt version i en periode og får modeludbyderens opdaterede dokumentation. Kør jeres testsæt på den nye version, før den tages i brug.",
      en: "Write into the contract that you get notice of model changes, can stay on a known version for a period and receive the model provider's updated documentation. Run your test set on the new version before it is put to use.",
    },
  },
  {
    id: "genai-security",
    section: "data-technology",
    text: {
      da: "Har I testet løsningen mod prompt injection – skjulte instrukser i tekster, dokumenter eller spørgsmål – og sikret, at den aldrig viser én brugers oplysninger til en anden?",
      en: "Have you tested the solution against prompt injection – hidden instructions in texts, documents or questions – and made sure it never shows one user's information to another?",
    },
    help: {
      da: "En sprogmodel kan ikke sikkert skelne mellem jeres instrukser og instrukser, der står i et dokument eller et spørgsmål, den behandler. Derfor kan en borger eller et indlæst dokument få den til at gøre noget andet end tiltænkt, fx at vise interne oplysninger. Samtaler, hukommelse og søgeindeks skal også holdes adskilt, så én bruger aldrig ser en andens oplysninger. Det hører med i den risikovurdering og de sikkerhedsforanstaltninger, databeskyttelsesforordningens artikel 32 kræver; Digitaliseringsdirektoratet i Norge anbefaler, at risikovurderingen af generativ AI ses sammen med organisationens øvrige informationssikkerhed.",
      en: "A language model cannot reliably tell your instructions from instructions written in a document or a question it processes. So a citizen or an uploaded document can make it do something other than intended, e.g. reveal internal information. Conversations, memory and search indexes must also be kept apart, so that one user never sees another's information. This belongs in the risk assessment and security measures that GDPR Article 32 requires; the Norwegian Digitalisation Agency recommends that the risk assessment of generative AI is seen together with the organisation's other information security work.",
    },
    showIf: usesGenerativeAi,
    sources: cite("gdpr-art-32", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-considered",
        label: { da: "Nej, det er ikke overvejet", en: "No, it has not been considered" },
        points: 0,
      },
      {
        id: "known-not-tested",
        label: {
          da: "Vi kender risikoen, men har ikke testet for den",
          en: "We know the risk but have not tested for it",
        },
        points: 1,
      },
      {
        id: "tested-partly",
        label: {
          da: "Delvist: vi har testet enten injection eller adskillelsen mellem brugere",
          en: "Partly: we have tested either injection or the separation between users",
        },
        points: 2,
      },
      {
        id: "tested-both",
        label: {
          da: "Ja, begge dele er testet, og testene gentages ved ændringer",
          en: "Yes, both are tested, and the tests are repeated after changes",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Lad informationssikkerheden teste løsningen med dokumenter og spørgsmål, der indeholder skjulte instrukser, og med to brugere, der forsøger at se hinandens oplysninger. Begræns, hvad løsningen har adgang til og må gøre, og gentag testene ved hver ændring.",
      en: "Have information security test the solution with documents and questions that contain hidden instructions, and with two users who try to see each other's information. Limit what the solution can access and do, and repeat the tests after every change.",
    },
  },
];

export const generativeOrganisationQuestions: ScoredQuestion[] = [
  {
    id: "genai-output-review",
    section: "organisation",
    text: {
      da: "Gennemgår en medarbejder det, løsningen skriver, før det når en borger, en journal eller en afgørelse – og hvordan undgår I, at gennemgangen bliver et stempel?",
      en: "Does a member of staff review what the solution writes before it reaches a citizen, a record or a decision – and how do you keep the review from becoming a rubber stamp?",
    },
    help: {
      da: "En sprogmodels tekst lyder overbevisende, også når den er forkert, og efter mange gode svar holder man op med at læse efter. Beskriv, hvem der gennemgår hvad, hvad de skal tjekke, og hvordan I opdager, at gennemgangen er blevet rutine – fx med stikprøver eller ved at følge, hvor ofte udkast bliver rettet. Svarer løsningen borgerne direkte, som en chatbot, er der ingen gennemgang før svaret; så skal faste stikprøver af samtalerne og en målt fejlrate træde i stedet. En afgørelse, der alene bygger på automatisk behandling, har særlige regler (databeskyttelsesforordningens artikel 22).",
      en: "A language model's text sounds convincing even when it is wrong, and after many good answers people stop reading closely. Describe who reviews what, what they must check, and how you notice that the review has become routine – e.g. with spot checks or by following how often drafts are corrected. If the solution answers citizens directly, like a chatbot, there is no review before the answer; then regular spot checks of the conversations and a measured error rate must take its place. A decision based solely on automated processing has particular rules (GDPR Article 22).",
    },
    showIf: usesGenerativeAi,
    sources: cite("digdir-genai", "gdpr-art-22"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "no-review",
        label: { da: "Nej, det går videre uden gennemgang", en: "No, it goes on without review" },
        points: 0,
      },
      {
        id: "review-undefined",
        label: {
          da: "Nogen kigger på det, men det er ikke aftalt hvem, eller hvad de skal tjekke",
          en: "Someone looks at it, but it is not agreed who, or what they must check",
        },
        points: 1,
      },
      {
        id: "review-defined",
        label: {
          da: "Ja, det er fastlagt, hvem der gennemgår hvad, og hvad de skal tjekke",
          en: "Yes, it is set out who reviews what, and what they must check",
        },
        points: 2,
      },
      {
        id: "review-monitored",
        label: {
          da: "Ja, og vi følger med i, om gennemgangen virker (fx stikprøver eller hvor ofte der rettes)",
          en: "Yes, and we follow whether the review works (e.g. spot checks or how often drafts are corrected)",
        },
        points: 3,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Beslut, hvem der gennemgår løsningens tekster, før de når en borger, en journal eller en afgørelse, og hvad de skal tjekke. Læg stikprøver ind, og følg med i, hvor ofte der rettes; retter ingen noget i lang tid, så undersøg, om gennemgangen stadig sker.",
      en: "Decide who reviews the solution's texts before they reach a citizen, a record or a decision, and what they must check. Build in spot checks and follow how often drafts are corrected; if nobody corrects anything for a long time, find out whether the review still happens.",
    },
  },
  {
    id: "genai-prompt-rule",
    section: "organisation",
    text: {
      da: "Har I en skriftlig regel for, hvad medarbejderne må og ikke må skrive i løsningen – fx personoplysninger, fortrolige oplysninger og andres tekster?",
      en: "Do you have a written rule on what staff may and may not type into the solution – e.g. personal data, confidential information and other people's texts?",
    },
    help: {
      da: "Det, der skrives i en prompt, sendes til den tjeneste, der kører modellen. Digitaliseringsdirektoratet i Norge anbefaler ikke at bruge personoplysninger, tavshedsbelagte, fortrolige eller ophavsretligt beskyttede oplysninger i prompts. Reglen skal passe til det, netop jeres løsning er godkendt til, og den skal være kendt af alle brugere. Digitaliseringsstyrelsen vejleder om ansvarlig brug af generativ AI i myndigheder og virksomheder.",
      en: "What is typed into a prompt is sent to the service that runs the model. The Norwegian Digitalisation Agency recommends not using personal data, information subject to confidentiality, or copyright-protected material in prompts. The rule must fit what your particular solution is approved for, and every user must know it. The Danish Agency for Digital Government gives guidance on responsible use of generative AI in authorities and businesses.",
    },
    showIf: usesGenerativeAi,
    sources: cite("digdir-genai", "digst-ai-guidance"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "no-rule", label: { da: "Nej, der er ingen regel", en: "No, there is no rule" }, points: 0 },
      {
        id: "rule-not-known",
        label: {
          da: "Der er en regel, men brugerne kender den ikke",
          en: "There is a rule, but the users do not know it",
        },
        points: 1,
      },
      {
        id: "rule-known",
        label: {
          da: "Ja, reglen findes, og brugerne kender den",
          en: "Yes, the rule exists and the users know it",
        },
        points: 2,
      },
      {
        id: "rule-supported",
        label: {
          da: "Ja, og løsningen hjælper med at overholde den (fx advarsler eller filtrering)",
          en: "Yes, and the solution helps to keep it (e.g. warnings or filtering)",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Skriv en kort regel for, hvilke oplysninger der må og ikke må skrives i løsningen, tilpasset det, løsningen er godkendt til. Ledelsen godkender den, og den gennemgås med alle brugere, før de får adgang.",
      en: "Write a short rule on which information may and may not be typed into the solution, fitted to what the solution is approved for. Management approves it, and it is gone through with every user before they get access.",
    },
  },
];

export const generativeCompetencesQuestions: ScoredQuestion[] = [
  {
    id: "genai-limits-training",
    section: "competences",
    text: {
      da: "Er brugerne trænet i løsningens begrænsninger – opdigtede fakta, en sikker tone, også når den tager fejl, og skævheder – og ikke kun i at bruge den?",
      en: "Are the users trained in the solution's limits – invented facts, a confident tone even when it is wrong, and bias – and not only in using it?",
    },
    help: {
      da: "AI-forordningens artikel 4 kræver efter ændringen ved Digital Omnibus, at I gør en indsats for, at medarbejderne har de AI-færdigheder, deres opgaver kræver; pligten har gældt siden 2. februar 2025. Ved generativ AI er det vigtigste at vide, hvornår svaret ikke kan bruges. Digitaliseringsdirektoratet i Norge anbefaler, at brugerne får nok oplæring til at bruge teknologien ansvarligt, også om risiciene.",
      en: "AI Act Article 4, as amended by the Digital Omnibus, requires you to take measures so that staff have the AI literacy their tasks require; the duty has applied since 2 February 2025. With generative AI, what matters most is knowing when an answer cannot be used. The Norwegian Digitalisation Agency recommends that users get enough training to use the technology responsibly, including on its risks.",
    },
    showIf: usesGenerativeAi,
    sources: cite("ai-act-art-4", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "no-training", label: { da: "Nej, ingen træning", en: "No, no training" }, points: 0 },
      {
        id: "use-only",
        label: { da: "Kun i at bruge værktøjet", en: "Only in using the tool" },
        points: 1,
      },
      {
        id: "limits-planned",
        label: {
          da: "Træning i begrænsningerne er planlagt",
          en: "Training in the limits is planned",
        },
        points: 2,
      },
      {
        id: "limits-trained",
        label: {
          da: "Ja, brugerne er trænet i begrænsningerne med eksempler fra deres egne opgaver",
          en: "Yes, the users are trained in the limits with examples from their own tasks",
        },
        points: 3,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Træn brugerne i, hvad løsningen ikke kan: vis eksempler fra jeres egne opgaver på opdigtede fakta, forkerte henvisninger og skæve svar, og øv, hvordan de tjekker et svar. Hold styr på, hvem der er trænet.",
      en: "Train the users in what the solution cannot do: show examples from your own tasks of invented facts, wrong references and biased answers, and practise how to check an answer. Keep track of who has been trained.",
    },
  },
];

export const generativeLegalQuestions: ScoredQuestion[] = [
  {
    id: "genai-vendor-terms",
    section: "legal",
    text: {
      da: "Ved I, hvor prompts og svar behandles og gemmes, og siger databehandleraftalen, at leverandøren ikke bruger jeres data til at træne sine modeller?",
      en: "Do you know where prompts and answers are processed and stored, and does the data processing agreement say that the vendor does not use your data to train its models?",
    },
    help: {
      da: "Prompts og svar kan indeholde personoplysninger, også når det ikke er meningen. Leverandøren er så databehandler, og der skal være en databehandleraftale (databeskyttelsesforordningens artikel 28). Tjek, hvor data behandles og gemmes, hvor længe, og om de overføres til lande uden for EU/EØS (kapitel V). Står det ikke klart i aftalen, at jeres data ikke bruges til at træne leverandørens modeller, så få det skrevet ind. Datatilsynet vejleder offentlige myndigheder, der bruger AI, om deres ansvar som dataansvarlige. Vælg »Ikke relevant«, hvis modellen kører på jeres egen infrastruktur uden ekstern leverandør.",
      en: "Prompts and answers can contain personal data, even when that is not intended. The vendor is then a processor, and there must be a data processing agreement (GDPR Article 28). Check where data is processed and stored, for how long, and whether it is transferred to countries outside the EU/EEA (Chapter V). If the agreement does not say clearly that your data is not used to train the vendor's models, have it written in. Datatilsynet gives public authorities that use AI guidance on their responsibility as controllers. Choose “Not applicable” if the model runs on your own infrastructure with no external vendor.",
    },
    showIf: usesGenerativeAi,
    sources: cite("gdpr-art-28", "gdpr-chapter-5", "datatilsynet-ai-guidance"),
    offersDontKnow: true,
    offersNotApplicable: true,
    options: [
      {
        id: "unknown",
        label: {
          da: "Nej, vi ved ikke, hvor data behandles, og der er ingen databehandleraftale",
          en: "No, we do not know where data is processed, and there is no data processing agreement",
        },
        points: 0,
      },
      {
        id: "location-known",
        label: {
          da: "Vi ved, hvor data behandles, men der er ingen databehandleraftale",
          en: "We know where data is processed, but there is no data processing agreement",
        },
        points: 1,
      },
      {
        id: "dpa-training-open",
        label: {
          da: "Der er en databehandleraftale, men den udelukker ikke træning på vores data",
          en: "There is a data processing agreement, but it does not rule out training on our data",
        },
        points: 2,
      },
      {
        id: "dpa-no-training",
        label: {
          da: "Ja, databehandleraftalen er på plads og udelukker træning på vores data",
          en: "Yes, the data processing agreement is in place and rules out training on our data",
        },
        points: 3,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Få leverandøren til at oplyse, hvor prompts og svar behandles og gemmes, og hvor længe. Indgå en databehandleraftale, der udelukker træning på jeres data og beskriver sletning og eventuel overførsel uden for EU/EØS, før der kommer personoplysninger i løsningen.",
      en: "Have the vendor state where prompts and answers are processed and stored, and for how long. Sign a data processing agreement that rules out training on your data and describes deletion and any transfer outside the EU/EEA, before personal data goes into the solution.",
    },
  },
  {
    id: "genai-prompt-data",
    section: "legal",
    text: {
      da: "Har I vurderet, om personoplysninger eller fortrolige oplysninger kommer med i prompts eller i de dokumenter, løsningen svarer ud fra – og har I hjemmel til at behandle dem sådan?",
      en: "Have you assessed whether personal data or confidential information goes into prompts or into the documents the solution answers from – and do you have a legal basis to process it that way?",
    },
    help: {
      da: "Også et spørgsmål fra en borger eller et udkast i en sag kan indeholde navne, cpr-numre eller helbredsoplysninger. Det er behandling af personoplysninger, som kræver hjemmel og ikke må gå videre end nødvendigt (databeskyttelsesforordningens artikel 5 og 6). Datatilsynets vejledning til offentlige myndigheder om AI gennemgår bl.a. behandlingsgrundlag, oplysningspligt og konsekvensanalyse. EDPB's udtalelse 28/2024 behandler, hvordan ulovlig behandling af personoplysninger, da en model blev udviklet, kan påvirke den senere brug af modellen; spørg derfor leverandøren, hvordan modellen er trænet.",
      en: "A citizen's question or a draft in a case can also contain names, personal ID numbers or health data. That is processing of personal data, which needs a legal basis and must not go further than necessary (GDPR Articles 5 and 6). Datatilsynet's guidance for public authorities on AI covers, among other things, legal basis, the duty to inform and impact assessment. The EDPB's opinion 28/2024 deals with how unlawful processing of personal data when a model was developed can affect the later use of the model; so ask the vendor how the model was trained.",
    },
    showIf: usesGenerativeAi,
    sources: cite("gdpr-art-5", "datatilsynet-ai-guidance", "edpb-opinion-28-2024", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-assessed",
        label: { da: "Nej, det er ikke vurderet", en: "No, it has not been assessed" },
        points: 0,
      },
      {
        id: "assessed-open",
        label: {
          da: "Vurderet, men hjemmel eller begrænsning er ikke på plads",
          en: "Assessed, but the legal basis or the limits are not in place",
        },
        points: 1,
      },
      {
        id: "basis-clarified",
        label: {
          da: "Hjemlen er afklaret, men der kommer flere oplysninger med end nødvendigt",
          en: "The legal basis is clarified, but more information goes in than necessary",
        },
        points: 2,
      },
      {
        id: "clarified-minimised",
        label: {
          da: "Ja, hjemlen er afklaret, og kun de nødvendige oplysninger kommer med (eller ingen)",
          en: "Yes, the legal basis is clarified, and only the necessary information goes in (or none)",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Gennemgå med databeskyttelsesrådgiveren, hvilke personoplysninger og fortrolige oplysninger der kan komme med i prompts og kildedokumenter, hvilken hjemmel der dækker det, og hvordan I holder resten ude. Spørg leverandøren, hvordan modellen er trænet.",
      en: "Go through with the data protection officer which personal data and confidential information can go into prompts and source documents, which legal basis covers it, and how you keep the rest out. Ask the vendor how the model was trained.",
    },
  },
  {
    id: "genai-transparency",
    section: "legal",
    text: {
      da: "Har I planlagt, hvordan I opfylder AI-forordningens artikel 50: at borgere får at vide, at de taler med AI, at genereret indhold mærkes, og at AI-skrevet tekst, der offentliggøres for at informere offentligheden, oplyses som sådan?",
      en: "Have you planned how you meet AI Act Article 50: that citizens are told they are talking to AI, that generated content is marked, and that AI-written text published to inform the public is disclosed as such?",
    },
    help: {
      da: "Pligten til at oplyse, at man interagerer med et AI-system (stk. 1), og pligten til at oplyse om AI-genereret tekst, der offentliggøres for at informere offentligheden (stk. 4), gælder fra 2. august 2026. Udbyderen skal sørge for, at genereret indhold kan genkendes maskinelt som AI-genereret (stk. 2); for systemer i omsætning før 2. august 2026 gælder det fra 2. december 2026. Har et menneske redigeret teksten og står inde for den, gælder oplysningspligten i stk. 4 ikke. Digitaliseringsdirektoratet i Norge fremhæver, at borgeren skal forstå, at det er en AI, de taler med.",
      en: "The duty to tell people they are interacting with an AI system (paragraph 1) and the duty to disclose AI-generated text published to inform the public (paragraph 4) apply from 2 August 2026. The provider must make sure generated content can be detected by machine as AI-generated (paragraph 2); for systems on the market before 2 August 2026 this applies from 2 December 2026. Where a person has edited the text and takes responsibility for it, the disclosure duty of paragraph 4 does not apply. The Norwegian Digitalisation Agency stresses that citizens must understand that it is an AI they are talking to.",
    },
    showIf: usesGenerativeAi,
    sources: cite("ai-act-art-50", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-examined", label: { da: "Nej, ikke undersøgt", en: "No, not examined" }, points: 0 },
      {
        id: "duties-known",
        label: {
          da: "Vi ved, hvilke pligter der gælder, men har ikke planlagt hvordan",
          en: "We know which duties apply but have not planned how",
        },
        points: 1,
      },
      {
        id: "planned",
        label: { da: "Planlagt for alle de pligter, der gælder", en: "Planned for every duty that applies" },
        points: 2,
      },
      {
        id: "in-place",
        label: {
          da: "Ja, oplysning og mærkning er på plads",
          en: "Yes, disclosure and marking are in place",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Gå artikel 50 igennem for jeres løsning: skriv teksten, der fortæller borgerne, at de taler med AI; aftal med leverandøren, hvordan genereret indhold mærkes; og beslut, hvem der redigerer og står inde for tekster, I offentliggør.",
      en: "Go through Article 50 for your solution: write the text that tells citizens they are talking to AI; agree with the vendor how generated content is marked; and decide who edits and takes responsibility for texts you publish.",
    },
  },
  {
    id: "genai-provider-role",
    section: "legal",
    text: {
      da: "Har I afklaret, om I selv bliver udbyder af AI-systemet, fordi I bygger det på en AI-model til almen brug – og har I den dokumentation, modellens udbyder skal stille til rådighed?",
      en: "Have you clarified whether you become the provider of the AI system yourselves because you build it on a general-purpose AI model – and do you have the documentation the model's provider must make available?",
    },
    help: {
      da: "Bygger I selv en chatbot eller et værktøj oven på en sprogmodel og tager det i brug under jeres eget navn, er I udbyder af AI-systemet (AI-forordningens artikel 3, nr. 3) og har udbyderens pligter, fx mærkningen efter artikel 50, stk. 2. Udbyderen af modellen skal give jer oplysninger og dokumentation om modellens evner og begrænsninger (artikel 53, stk. 1, litra b, og bilag XII). Køber I et færdigt produkt, er leverandøren som regel udbyder og I idriftsætter; afklar det alligevel.",
      en: "If you build a chatbot or a tool on top of a language model yourselves and put it into service under your own name, you are the provider of the AI system (AI Act Article 3(3)) and have the provider's duties, e.g. the marking under Article 50(2). The model's provider must give you information and documentation on the model's capabilities and limitations (Article 53(1)(b) and Annex XII). If you buy a finished product, the vendor is usually the provider and you the deployer; clarify it all the same.",
    },
    showIf: usesGenerativeAi,
    sources: cite("ai-act-art-3", "ai-act-art-53"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-examined", label: { da: "Nej, ikke undersøgt", en: "No, not examined" }, points: 0 },
      {
        id: "role-unclear",
        label: {
          da: "Undersøgt, men rollen er ikke afklaret",
          en: "Examined, but the role is not clarified",
        },
        points: 1,
      },
      {
        id: "role-clear",
        label: {
          da: "Rollen er afklaret, men vi har ikke fået dokumentationen",
          en: "The role is clarified, but we have not received the documentation",
        },
        points: 2,
      },
      {
        id: "role-clear-documented",
        label: {
          da: "Ja, rollen er afklaret, og vi har den dokumentation, vi har brug for",
          en: "Yes, the role is clarified, and we have the documentation we need",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Få en jurist til at afgøre, om I er udbyder eller idriftsætter af AI-systemet, og skriv ned, hvilke pligter det giver. Bed modellens udbyder om dokumentationen efter artikel 53 og bilag XII.",
      en: "Have a lawyer decide whether you are the provider or the deployer of the AI system, and write down which duties follow. Ask the model's provider for the documentation under Article 53 and Annex XII.",
    },
  },
  {
    id: "genai-copyright",
    section: "legal",
    text: {
      da: "Har I afklaret ophavsretten – både til det, I giver løsningen (fx andres tekster og billeder), og til det, den skaber?",
      en: "Have you clarified copyright – both for what you give the solution (e.g. other people's texts and images) and for what it creates?",
    },
    help: {
      da: "Materiale, som andre har ophavsret til, må ikke uden videre lægges ind i en AI-tjeneste; Digitaliseringsdirektoratet i Norge anbefaler ikke at bruge ophavsretligt beskyttet materiale i prompts. Udbydere af AI-modeller til almen brug skal have en politik for at overholde EU's ophavsret og offentliggøre et resumé af det indhold, modellen er trænet på (AI-forordningens artikel 53, stk. 1, litra c og d). Aftal med leverandøren, hvem der har rettighederne til det, løsningen skaber.",
      en: "Material that others hold the copyright to may not simply be put into an AI service; the Norwegian Digitalisation Agency recommends not using copyright-protected material in prompts. Providers of general-purpose AI models must have a policy to comply with EU copyright law and publish a summary of the content the model was trained on (AI Act Article 53(1)(c) and (d)). Agree with the vendor who holds the rights to what the solution creates.",
    },
    showIf: usesGenerativeAi,
    sources: cite("digdir-genai", "ai-act-art-53"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "not-considered", label: { da: "Nej, ikke overvejet", en: "No, not considered" }, points: 0 },
      {
        id: "one-side",
        label: {
          da: "Delvist: kun for det, vi giver løsningen, eller kun for det, den skaber",
          en: "Partly: only for what we give the solution, or only for what it creates",
        },
        points: 1,
      },
      {
        id: "both-sides",
        label: { da: "Ja, for begge dele", en: "Yes, for both" },
        points: 2,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Beslut, hvilket materiale fra andre der må lægges ind i løsningen, og aftal med leverandøren, hvem der har rettighederne til det genererede. Læs modeludbyderens resumé af træningsindholdet.",
      en: "Decide which material from others may be put into the solution, and agree with the vendor who holds the rights to what is generated. Read the model provider's summary of the training content.",
    },
  },
];

export const generativeScalingQuestions: ScoredQuestion[] = [
  {
    id: "genai-cost-per-use",
    section: "scaling",
    text: {
      da: "Har I målt, hvad én brug koster i piloten (fx forbrug af tokens og licenser), og regnet ud, hvad det bliver ved fuld udbredelse?",
      en: "Have you measured what one use costs in the pilot (e.g. token use and licences), and worked out what it becomes at full roll-out?",
    },
    help: {
      da: "Generativ AI betales ofte pr. bruger eller efter forbrug, så prisen vokser med antallet af brugere og spørgsmål, og lange dokumenter og samtaler koster mere end korte. Mål forbruget i piloten, og regn op til det antal brugere og sager, I forventer ved fuld udbredelse. Kataloget beskriver skalering som de særlige forhold, der er relevante for at udbrede løsningen; ved generativ AI hører prisen pr. brug med. Digitaliseringsdirektoratet i Norge anbefaler altid at køre et pilotprojekt, når generativ AI skal bruges over for borgerne.",
      en: "Generative AI is often paid per user or by use, so the price grows with the number of users and questions, and long documents and conversations cost more than short ones. Measure the use in the pilot and scale it up to the number of users and cases you expect at full roll-out. The catalogue describes scaling as the particular conditions that matter for spreading the solution; with generative AI, the price per use is one of them. The Norwegian Digitalisation Agency recommends always running a pilot when generative AI is to be used with citizens.",
    },
    showIf: usesGenerativeAi,
    sources: cite("catalogue-scaling", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "not-known",
        label: { da: "Nej, prisen pr. brug kendes ikke", en: "No, the price per use is not known" },
        points: 0,
      },
      {
        id: "price-model-known",
        label: {
          da: "Vi kender prismodellen, men har ikke målt forbruget",
          en: "We know the pricing model but have not measured the use",
        },
        points: 1,
      },
      {
        id: "pilot-measured",
        label: {
          da: "Målt i piloten, men ikke regnet op til fuld udbredelse",
          en: "Measured in the pilot, but not scaled up to full roll-out",
        },
        points: 2,
      },
      {
        id: "full-volume",
        label: {
          da: "Ja, målt i piloten og regnet op til fuld udbredelse",
          en: "Yes, measured in the pilot and scaled up to full roll-out",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Registrér forbrug og pris pr. brug i piloten, og regn op til fuld udbredelse med det antal brugere og sager, I forventer. Sammenlign med gevinsten, og aftal et loft eller en varsling, hvis forbruget stiger.",
      en: "Record use and price per use in the pilot, and scale up to full roll-out with the number of users and cases you expect. Compare with the benefit, and agree a cap or an alert if use rises.",
    },
  },
  {
    id: "genai-exit",
    section: "scaling",
    text: {
      da: "Kan I skifte leverandør eller model uden at starte forfra – og får I jeres data, kilder, instrukser og testsæt med?",
      en: "Can you switch vendor or model without starting over – and do you take your data, sources, instructions and test set with you?",
    },
    help: {
      da: "Mange generative løsninger er bundet til én leverandørs model, så instrukser, søgeindeks og arbejdsgange skal laves om ved et skift. Aftal, at I får jeres data, kilder, instrukser og logs udleveret, og at leverandøren sletter eller tilbageleverer personoplysninger, når aftalen ophører (databeskyttelsesforordningens artikel 28, stk. 3, litra g). Med jeres eget testsæt kan I sammenligne en ny model med den gamle.",
      en: "Many generative solutions are tied to one vendor's model, so instructions, search indexes and workflows must be redone when you switch. Agree that your data, sources, instructions and logs are handed over, and that the vendor deletes or returns personal data when the contract ends (GDPR Article 28(3)(g)). With your own test set you can compare a new model with the old one.",
    },
    showIf: usesGenerativeAi,
    sources: cite("gdpr-art-28", "catalogue-scaling"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "locked-in",
        label: { da: "Nej, vi er bundet til leverandøren", en: "No, we are tied to the vendor" },
        points: 0,
      },
      {
        id: "possible-unplanned",
        label: {
          da: "Det er muligt, men hverken aftalt eller planlagt",
          en: "It is possible, but neither agreed nor planned",
        },
        points: 1,
      },
      {
        id: "handover-agreed",
        label: {
          da: "Udlevering af data er aftalt, men vi ved ikke, hvad et skift kræver",
          en: "Handing over the data is agreed, but we do not know what a switch takes",
        },
        points: 2,
      },
      {
        id: "exit-planned",
        label: {
          da: "Ja, exit er aftalt, og vi ved, hvad et skift kræver",
          en: "Yes, exit is agreed, and we know what a switch takes",
        },
        points: 3,
      },
    ],
    weight: 1,
    recommendation: {
      da: "Skriv ind i aftalen, at data, kilder, instrukser og logs udleveres i et brugbart format, og at personoplysninger slettes eller tilbageleveres ved ophør. Beskriv kort, hvad et skift til en anden model vil kræve, og brug testsættet til at sammenligne.",
      en: "Write into the contract that data, sources, instructions and logs are handed over in a usable format, and that personal data is deleted or returned at the end. Describe briefly what a switch to another model would take, and use the test set to compare.",
    },
  },
];

export const generativeStartSmallQuestions: ScoredQuestion[] = [
  {
    id: "genai-start-where-caught",
    section: "start-small",
    text: {
      da: "Begynder I, hvor et forkert svar bliver fanget, før det gør skade – fx interne udkast, som en medarbejder skriver om – før noget vender ud mod borgerne?",
      en: "Do you begin where a wrong answer is caught before it does harm – e.g. internal drafts that a member of staff rewrites – before anything faces citizens?",
    },
    help: {
      da: "Kataloget råder til at starte småt, fx med en simpel proces, der ikke vender ud mod borgerne. Ved generativ AI betyder det at begynde med en opgave, hvor en fagperson altid læser og retter teksten, før den bruges, og først derefter gå videre til det, borgerne ser direkte. Digitaliseringsdirektoratet i Norge anbefaler at være særlig grundig, når generativ AI bruges over for borgerne, og altid at køre et pilotprojekt.",
      en: "The catalogue advises starting small, e.g. with a simple process that does not face citizens. With generative AI this means beginning with a task where a domain expert always reads and corrects the text before it is used, and only then moving on to what citizens see directly. The Norwegian Digitalisation Agency recommends being particularly thorough when generative AI is used with citizens, and always running a pilot.",
    },
    showIf: usesGenerativeAi,
    sources: cite("catalogue-start-small", "digdir-genai"),
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      {
        id: "citizens-first",
        label: {
          da: "Nej, første version svarer borgerne direkte",
          en: "No, the first version answers citizens directly",
        },
        points: 0,
      },
      {
        id: "citizens-reviewed",
        label: {
          da: "Første version vender ud mod borgerne, men hvert svar gennemgås først",
          en: "The first version faces citizens, but every answer is reviewed first",
        },
        points: 1,
      },
      {
        id: "internal-unchecked",
        label: {
          da: "Vi starter internt, men teksterne bruges uden at blive læst igennem",
          en: "We start internally, but the texts are used without being read through",
        },
        points: 2,
      },
      {
        id: "internal-drafts",
        label: {
          da: "Ja, vi starter med interne udkast, som en medarbejder læser og retter",
          en: "Yes, we start with internal drafts that a member of staff reads and corrects",
        },
        points: 3,
      },
    ],
    weight: 2,
    recommendation: {
      da: "Vælg en første opgave, hvor løsningen skriver udkast, som en medarbejder læser og retter, før de bruges. Gå først videre til borgerne, når fejlraten er målt og acceptabel.",
      en: "Choose a first task where the solution writes drafts that a member of staff reads and corrects before they are used. Move on to citizens only once the error rate is measured and acceptable.",
    },
  },
];
