import type { Blocker } from "@/lib/schemas/framework";
import { processesPersonalData } from "./questions/legal";

/**
 * Answer patterns that stop a project whatever else is strong. A blocker only looks at the
 * weakest option (or "don't know") of a scored question, so a better answer can lift a blocker
 * but never add one.
 */
export const blockers: Blocker[] = [
  {
    id: "prohibited-practice",
    prerequisite: "legal",
    when: {
      question: "use-areas",
      in: [
        "social-scoring",
        "emotion-recognition-work-education",
        "biometric-categorisation-sensitive",
        "crime-prediction-profiling",
        "exploiting-vulnerabilities",
        "face-scraping",
        "realtime-remote-biometric-law-enforcement",
        "intimate-image-generation",
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Løsningen er en forbudt AI-praksis",
      en: "The solution is a prohibited AI practice",
    },
    why: {
      da: "I har angivet, at løsningen skal gøre noget, som AI-forordningens artikel 5 forbyder, fx social scoring eller følelsesgenkendelse på arbejdspladsen. Forbuddene gælder fra 2. februar 2025, og forbuddet mod AI-genererede intime billeder uden samtykke og materiale med seksuelt misbrug af børn fra 2. december 2026. Ingen andre svar kan gøre et sådant projekt klar.",
      en: "You have stated that the solution will do something that AI Act Article 5 prohibits, such as social scoring or emotion recognition at the workplace. The prohibitions apply from 2 February 2025, and the ban on AI-generated non-consensual intimate images and child sexual abuse material from 2 December 2026. No other answer can make such a project ready.",
    },
    action: {
      da: "Stop projektet i denne form, og få en jurist til at vurdere det. Er svaret i profilen forkert, så ret det.",
      en: "Stop the project in this form and have a lawyer assess it. If the answer in the profile is wrong, correct it.",
    },
  },
  {
    id: "personal-data-without-legal-basis",
    prerequisite: "legal",
    when: {
      all: [processesPersonalData, { question: "legal-basis-operation", in: ["not-examined", "dont-know"] }],
    },
    capsAt: "not-ready",
    title: {
      da: "Hjemlen til at behandle personoplysninger er ikke undersøgt",
      en: "The legal basis for processing personal data has not been examined",
    },
    why: {
      da: "Løsningen behandler personoplysninger, men det er ikke undersøgt – eller I ved ikke – hvilken hjemmel driften bygger på. Uden hjemmel må løsningen ikke tages i brug, og det er netop den slags juridiske spørgsmål, der ifølge kataloget oftest stopper projekter.",
      en: "The solution processes personal data, but it has not been examined – or you do not know – which legal basis its operation rests on. Without a legal basis the solution may not be put to use, and according to the catalogue it is exactly this kind of legal question that most often stops projects.",
    },
    action: {
      da: "Få en jurist til at fastlægge behandlingsgrundlaget efter databeskyttelsesforordningen og det supplerende grundlag i dansk lov, og skriv vurderingen ned.",
      en: "Have a lawyer establish the legal basis under the GDPR and the supplementary basis in Danish law, and write the assessment down.",
    },
    case: "naestved",
  },
  {
    id: "automated-decision-without-legal-basis",
    prerequisite: "legal",
    when: {
      all: [
        { question: "ai-role", in: ["automated-decision"] },
        { question: "legal-automated-decisions", in: ["not-examined", "dont-know"] },
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Automatiske afgørelser uden undersøgt hjemmel",
      en: "Automated decisions without an examined legal basis",
    },
    why: {
      da: "Løsningen skal træffe afgørelser uden menneskelig vurdering, men det er ikke undersøgt – eller I ved ikke – om der er hjemmel til det. Databeskyttelsesforordningens artikel 22 begrænser sådanne afgørelser, og forvaltningslovens krav om bl.a. begrundelse og partshøring skal stadig opfyldes.",
      en: "The solution is to make decisions without human review, but it has not been examined – or you do not know – whether there is a legal basis for that. GDPR Article 22 restricts such decisions, and the requirements of forvaltningsloven, such as reasons and hearing, must still be met.",
    },
    action: {
      da: "Få en jurist til at afklare, om der er udtrykkelig hjemmel til automatiske afgørelser. Er der ikke det, så lad et menneske træffe afgørelsen. Skatteforvaltningen automatiserer fx kun fordelingen af henvendelser, mens vejledere besvarer dem.",
      en: "Have a lawyer clarify whether there is an explicit legal basis for automated decisions. If there is not, let a person make the decision. Skatteforvaltningen, for example, automates only the routing of enquiries, while advisers answer them.",
    },
    case: "skatteforvaltningen",
  },
  {
    id: "special-category-without-dpia",
    prerequisite: "legal",
    when: {
      all: [
        { question: "personal-data", in: ["special-category"] },
        { question: "legal-dpia", in: ["not-started", "dont-know"] },
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Følsomme oplysninger uden konsekvensanalyse",
      en: "Special-category data without an impact assessment",
    },
    why: {
      da: "Løsningen behandler følsomme oplysninger som fx helbredsoplysninger, og konsekvensanalysen er ikke påbegyndt, eller I ved ikke, om den er. Efter databeskyttelsesforordningens artikel 35 kræver behandling af følsomme oplysninger i stort omfang altid en konsekvensanalyse. Er behandlingen mindre, skal I sammen med databeskyttelsesrådgiveren vurdere og skrive ned, om der kræves en.",
      en: "The solution processes special-category data such as health data, and the impact assessment has not been started, or you do not know whether it has. Under GDPR Article 35, large-scale processing of special categories always requires an impact assessment. If the processing is smaller, you and the data protection officer must assess, and write down, whether one is required.",
    },
    action: {
      da: "Start konsekvensanalysen sammen med databeskyttelsesrådgiveren, og brug Datatilsynets skabeloner for AI. Vurderer I sammen, at der ikke kræves en, så skriv vurderingen ned, og svar »Ikke relevant«.",
      en: "Start the impact assessment together with the data protection officer, and use Datatilsynet's templates for AI. If you jointly conclude that none is required, write the assessment down and answer “Not applicable”.",
    },
  },
  {
    id: "no-data-access",
    prerequisite: "data-technology",
    when: { question: "dt-data-access", in: ["no-access", "dont-know"] },
    capsAt: "not-ready",
    title: {
      da: "Ingen adgang til de data, løsningen skal bruge",
      en: "No access to the data the solution needs",
    },
    why: {
      da: "Uden adgang til data kan løsningen hverken trænes, afprøves eller drives. Ifølge kataloget er ringe adgang til data en af de ting, der oftest får projekter til at gå i stå.",
      en: "Without access to the data, the solution can be neither trained, tested nor run. According to the catalogue, poor access to data is one of the things that most often stall projects.",
    },
    action: {
      da: "Find dataejeren, og aftal skriftligt adgang, formål og format, før projektet sættes i gang.",
      en: "Find the data owner, and agree in writing on access, purpose and format before the project is started.",
    },
  },
  {
    id: "too-little-data",
    prerequisite: "data-technology",
    when: { question: "dfirst-volume", in: ["too-little"] },
    capsAt: "early",
    title: {
      da: "For lidt data til at træne og afprøve løsningen",
      en: "Too little data to train and test the solution",
    },
    why: {
      da: "I har vurderet, at der er for lidt data. Så kan løsningen ikke læres op eller afprøves pålideligt. Skatteforvaltningen angiver fx, at deres løsning kræver mindst 6.000 henvendelser.",
      en: "You have judged that there is too little data. Then the solution cannot be trained or tested reliably. Skatteforvaltningen, for example, states that its solution needs at least 6,000 enquiries.",
    },
    action: {
      da: "Gør use casen smallere, saml mere historik, eller vælg en færdigtrænet model, som I kan afprøve på de data, I har.",
      en: "Narrow the use case, collect more history, or choose a ready-trained model that you can test on the data you have.",
    },
    case: "skatteforvaltningen",
  },
  {
    id: "no-project-owner",
    prerequisite: "organisation",
    when: { question: "org-owner", in: ["no-owner", "dont-know"] },
    capsAt: "not-ready",
    title: { da: "Ingen ejer projektet", en: "Nobody owns the project" },
    why: {
      da: "Uden en ejer er der ingen, der træffer beslutningerne, prioriterer ressourcerne og står for, at løsningen bliver taget i brug i driften.",
      en: "Without an owner, nobody makes the decisions, prioritises the resources or answers for the solution being taken into use in day-to-day work.",
    },
    action: {
      da: "Udpeg en projektejer i den del af organisationen, der skal bruge løsningen, med mandat til at træffe beslutninger og prioritere tid.",
      en: "Appoint a project owner in the part of the organisation that will use the solution, with a mandate to make decisions and set time aside.",
    },
  },
  {
    id: "high-risk-use-not-classified",
    prerequisite: "legal",
    when: {
      all: [
        {
          question: "use-areas",
          in: [
            "medical-device",
            "public-benefits",
            "emergency-triage",
            "biometrics",
            "biometric-categorisation",
            "emotion-recognition",
            "critical-infrastructure",
            "education",
            "employment",
            "law-enforcement",
            "migration",
            "justice",
          ],
        },
        { question: "legal-ai-act-classified", in: ["not-examined", "dont-know"] },
      ],
    },
    capsAt: "early",
    title: {
      da: "Mulig højrisiko-AI, som ikke er klassificeret",
      en: "Possibly high-risk AI that has not been classified",
    },
    why: {
      da: "Løsningen skal bruges på et område, som AI-forordningen kan gøre til højrisiko (bilag I eller III), men I har ikke vurderet klassen. Højrisikosystemer medfører bl.a. krav om menneskeligt tilsyn, og for systemer efter bilag III (undtagen punkt 2, kritisk infrastruktur) skal offentlige myndigheder lave en konsekvensanalyse for grundlæggende rettigheder og registrere brugen i EU's database.",
      en: "The solution is to be used in an area that the AI Act may make high-risk (Annex I or III), but you have not assessed its class. High-risk systems bring duties such as human oversight, and for Annex III systems (except point 2, critical infrastructure) public authorities must carry out a fundamental-rights impact assessment and register the use in the EU database.",
    },
    action: {
      da: "Vurder og skriv ned, hvilken klasse løsningen har efter AI-forordningen. Brug den juridiske vurdering her som udgangspunkt, og få en jurist til at bekræfte den.",
      en: "Assess, and write down, which class the solution falls into under the AI Act. Use the legal triage here as a starting point, and have a lawyer confirm it.",
    },
  },
];
