import type { Blocker } from "@/lib/schemas/framework";
import { usesGenerativeAi } from "./questions/generative-ai";
import { processesPersonalData } from "./questions/legal";

/**
 * Answer patterns that stop a project whatever else is strong. A blocker looks only at options
 * below the best of a scored question, and at "don't know", so a better answer can lift a blocker
 * but never add one. The engine reads a shown scored question left empty as "don't know", so every
 * blocker that fires on a weak option fires on "don't know" too: skipping never avoids one. Where
 * "don't know" alone makes it fire, `ifUnknown` says what is not clarified instead of claiming a
 * state the user did not state.
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
      da: "Løsningen behandler personoplysninger, men det er ikke undersøgt, hvilken hjemmel driften bygger på. Uden hjemmel må løsningen ikke tages i brug, og ifølge kataloget er det ofte juridiske udfordringer, der spænder ben for projekterne.",
      en: "The solution processes personal data, but nobody has examined which legal basis its operation rests on. Without a legal basis the solution may not be put to use, and according to the catalogue it is often legal challenges that trip projects up.",
    },
    ifUnknown: {
      title: {
        da: "Hjemlen til at behandle personoplysninger er ikke afklaret",
        en: "The legal basis for processing personal data is not clarified",
      },
      why: {
        da: "Løsningen behandler personoplysninger, og I ved ikke, eller har ikke svaret på, hvilken hjemmel driften bygger på. Uden hjemmel må løsningen ikke tages i brug, og ifølge kataloget er det ofte juridiske udfordringer, der spænder ben for projekterne.",
        en: "The solution processes personal data, and you do not know, or have not answered, which legal basis its operation rests on. Without a legal basis the solution may not be put to use, and according to the catalogue it is often legal challenges that trip projects up.",
      },
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
        { question: "legal-automated-decisions", in: ["not-examined", "in-progress", "dont-know"] },
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Automatiske afgørelser uden afklaret hjemmel",
      en: "Automated decisions without a clarified legal basis",
    },
    why: {
      da: "Løsningen skal træffe afgørelser uden menneskelig vurdering, men det er ikke afklaret og skrevet ned, at der er hjemmel til det. Databeskyttelsesforordningens artikel 22 begrænser afgørelser, der alene bygger på automatisk behandling, og forvaltningslovens krav om bl.a. begrundelse og partshøring skal stadig opfyldes. Indtil hjemlen er afklaret, kan projektet ikke gå videre i denne form.",
      en: "The solution is to make decisions without human review, but it has not been clarified and written down that there is a legal basis for that. GDPR Article 22 restricts decisions based solely on automated processing, and the requirements of forvaltningsloven, such as reasons and hearing, must still be met. Until the legal basis is clarified, the project cannot go on in this form.",
    },
    ifUnknown: {
      title: {
        da: "Hjemlen til automatiske afgørelser er ikke afklaret",
        en: "The legal basis for automated decisions is not clarified",
      },
      why: {
        da: "Løsningen skal træffe afgørelser uden menneskelig vurdering, og I ved ikke, eller har ikke svaret på, om der er hjemmel til det. Databeskyttelsesforordningens artikel 22 begrænser afgørelser, der alene bygger på automatisk behandling, og forvaltningslovens krav om bl.a. begrundelse og partshøring skal stadig opfyldes.",
        en: "The solution is to make decisions without human review, and you do not know, or have not answered, whether there is a legal basis for that. GDPR Article 22 restricts decisions based solely on automated processing, and the requirements of forvaltningsloven, such as reasons and hearing, must still be met.",
      },
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
      da: "Løsningen behandler følsomme oplysninger som fx helbredsoplysninger, og konsekvensanalysen er ikke påbegyndt. Efter databeskyttelsesforordningens artikel 35 kræver behandling af følsomme oplysninger i stort omfang altid en konsekvensanalyse. Er behandlingen mindre, skal I sammen med databeskyttelsesrådgiveren vurdere og skrive ned, om der kræves en.",
      en: "The solution processes special-category data such as health data, and the impact assessment has not been started. Under GDPR Article 35, large-scale processing of special categories always requires an impact assessment. If the processing is smaller, you and the data protection officer must assess, and write down, whether one is required.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke afklaret, om konsekvensanalysen er i gang",
        en: "It is not clarified whether the impact assessment has begun",
      },
      why: {
        da: "Løsningen behandler følsomme oplysninger som fx helbredsoplysninger, og I ved ikke, eller har ikke svaret på, om konsekvensanalysen er påbegyndt. Efter databeskyttelsesforordningens artikel 35 kræver behandling af følsomme oplysninger i stort omfang altid en konsekvensanalyse.",
        en: "The solution processes special-category data such as health data, and you do not know, or have not answered, whether the impact assessment has been started. Under GDPR Article 35, large-scale processing of special categories always requires an impact assessment.",
      },
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
      da: "I har svaret, at hverken den juridiske eller den tekniske adgang til data er på plads. Uden adgang kan løsningen hverken trænes, afprøves eller drives, og ifølge kataloget spænder manglende adgang til data ofte ben for projekter.",
      en: "You have answered that neither legal nor technical access to the data is in place. Without access the solution can be neither trained, tested nor run, and according to the catalogue a lack of access to data often trips projects up.",
    },
    ifUnknown: {
      title: { da: "Adgang til data er ikke afklaret", en: "Access to the data is not clarified" },
      why: {
        da: "I ved ikke, eller har ikke svaret på, om I har juridisk og teknisk adgang til de data, løsningen skal trænes, testes og køre på. Før det er afklaret, ved I ikke, om projektet kan gennemføres.",
        en: "You do not know, or have not answered, whether you have legal and technical access to the data the solution will be trained, tested and run on. Until that is clarified, you do not know whether the project can be carried out.",
      },
    },
    action: {
      da: "Find dataejeren, og aftal skriftligt adgang, formål og format, før projektet sættes i gang.",
      en: "Find the data owner, and agree in writing on access, purpose and format before the project is started.",
    },
  },
  {
    id: "too-little-data",
    prerequisite: "data-technology",
    when: { question: "dfirst-volume", in: ["too-little", "dont-know"] },
    capsAt: "early",
    title: {
      da: "For lidt data til at træne og afprøve løsningen",
      en: "Too little data to train and test the solution",
    },
    why: {
      da: "I har vurderet, at der er for lidt data. Så kan løsningen ikke læres op eller afprøves pålideligt. Skatteforvaltningen angiver fx, at deres løsning kræver mindst 6.000 henvendelser.",
      en: "You have judged that there is too little data. Then the solution cannot be trained or tested reliably. Skatteforvaltningen, for example, states that its solution needs at least 6,000 enquiries.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke opgjort, om der er data nok",
        en: "It has not been established whether there is enough data",
      },
      why: {
        da: "I ved ikke, eller har ikke svaret på, om der er data nok til at træne og afprøve løsningen. Før det er talt op, kan projektet ikke komme længere end de første skridt. Skatteforvaltningen angiver fx, at deres løsning kræver mindst 6.000 henvendelser.",
        en: "You do not know, or have not answered, whether there is enough data to train and test the solution. Until it is counted, the project cannot get beyond its first steps. Skatteforvaltningen, for example, states that its solution needs at least 6,000 enquiries.",
      },
    },
    action: {
      da: "Tæl de eksempler, der findes i hver kategori. Er der for lidt, så gør use casen smallere, saml mere historik, eller vælg en færdigtrænet model, som I kan afprøve på de data, I har.",
      en: "Count the examples in each category. If there is too little, narrow the use case, collect more history, or choose a ready-trained model that you can test on the data you have.",
    },
    case: "skatteforvaltningen",
  },
  {
    id: "no-project-owner",
    prerequisite: "organisation",
    when: { question: "org-owner", in: ["no-owner", "dont-know"] },
    capsAt: "not-ready",
    title: { da: "Projektet har ingen ejer", en: "The project has no owner" },
    why: {
      da: "Uden en ejer er der ingen, der træffer beslutningerne, prioriterer ressourcerne og står for, at løsningen bliver taget i brug i driften.",
      en: "Without an owner, nobody makes the decisions, prioritises the resources or answers for the solution being taken into use in day-to-day work.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke afklaret, hvem der ejer projektet",
        en: "It is not clarified who owns the project",
      },
      why: {
        da: "I ved ikke, eller har ikke svaret på, om projektet har en ejer i ledelsen. Uden en ejer er der ingen, der træffer beslutningerne, prioriterer ressourcerne og står for, at løsningen bliver taget i brug i driften.",
        en: "You do not know, or have not answered, whether the project has an owner in management. Without an owner, nobody makes the decisions, prioritises the resources or answers for the solution being taken into use in day-to-day work.",
      },
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
      da: "Løsningen skal bruges på et område, som AI-forordningen kan gøre til højrisiko (bilag I eller III), men I har ikke vurderet klassen. Højrisikosystemer medfører bl.a. krav om menneskeligt tilsyn, og for systemer efter bilag III – undtagen kritisk infrastruktur (punkt 2) – skal offentlige myndigheder lave en konsekvensanalyse for grundlæggende rettigheder og registrere brugen i EU's database.",
      en: "The solution is to be used in an area that the AI Act may make high-risk (Annex I or III), but you have not assessed its class. High-risk systems bring duties such as human oversight, and for Annex III systems – except critical infrastructure (point 2) – public authorities must carry out a fundamental-rights impact assessment and register the use in the EU database.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke afklaret, om løsningen er højrisiko-AI",
        en: "It is not clarified whether the solution is high-risk AI",
      },
      why: {
        da: "Løsningen skal bruges på et område, som AI-forordningen kan gøre til højrisiko (bilag I eller III), og I ved ikke, eller har ikke svaret på, om klassen er vurderet. Højrisikosystemer medfører bl.a. krav om menneskeligt tilsyn, og for systemer efter bilag III – undtagen kritisk infrastruktur (punkt 2) – skal offentlige myndigheder lave en konsekvensanalyse for grundlæggende rettigheder og registrere brugen i EU's database.",
        en: "The solution is to be used in an area that the AI Act may make high-risk (Annex I or III), and you do not know, or have not answered, whether its class has been assessed. High-risk systems bring duties such as human oversight, and for Annex III systems – except critical infrastructure (point 2) – public authorities must carry out a fundamental-rights impact assessment and register the use in the EU database.",
      },
    },
    action: {
      da: "Vurder og skriv ned, hvilken klasse løsningen har efter AI-forordningen. Brug den juridiske screening her som udgangspunkt, og få en jurist til at bekræfte den.",
      en: "Assess, and write down, which class the solution falls into under the AI Act. Use the legal triage here as a starting point, and have a lawyer confirm it.",
    },
  },
  {
    id: "genai-personal-data-without-dpa",
    prerequisite: "legal",
    when: {
      all: [
        usesGenerativeAi,
        processesPersonalData,
        { question: "genai-vendor-terms", in: ["unknown", "location-known", "dont-know"] },
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Personoplysninger sendes til en AI-tjeneste uden databehandleraftale",
      en: "Personal data is sent to an AI service with no data processing agreement",
    },
    why: {
      da: "Løsningen bruger generativ AI og behandler personoplysninger, men der er ingen databehandleraftale med den leverandør, der behandler prompts og svar. Uden en aftale efter databeskyttelsesforordningens artikel 28 må leverandøren ikke behandle oplysningerne for jer, og I ved ikke, om de bruges til at træne leverandørens modeller.",
      en: "The solution uses generative AI and processes personal data, but there is no data processing agreement with the vendor that processes prompts and answers. Without an agreement under GDPR Article 28 the vendor may not process the data on your behalf, and you do not know whether it is used to train the vendor's models.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke afklaret, om der er en databehandleraftale for AI-tjenesten",
        en: "It is not clarified whether there is a data processing agreement for the AI service",
      },
      why: {
        da: "Løsningen bruger generativ AI og behandler personoplysninger, og I ved ikke, eller har ikke svaret på, hvor prompts og svar behandles, og om der er en databehandleraftale. Uden en aftale efter databeskyttelsesforordningens artikel 28 må leverandøren ikke behandle oplysningerne for jer.",
        en: "The solution uses generative AI and processes personal data, and you do not know, or have not answered, where prompts and answers are processed and whether there is a data processing agreement. Without an agreement under GDPR Article 28 the vendor may not process the data on your behalf.",
      },
    },
    action: {
      da: "Send ingen personoplysninger til tjenesten, før der er en databehandleraftale, der siger, hvor data behandles og gemmes, og at de ikke bruges til træning.",
      en: "Send no personal data to the service until there is a data processing agreement that says where data is processed and stored, and that it is not used for training.",
    },
  },
  {
    id: "genai-citizen-output-unchecked",
    prerequisite: "organisation",
    when: {
      all: [
        usesGenerativeAi,
        { question: "audience", in: ["affects-citizens", "citizens-interact"] },
        { question: "genai-output-review", in: ["no-review", "dont-know"] },
        { question: "genai-error-rate", in: ["not-tested", "tried-informally", "dont-know"] },
      ],
    },
    capsAt: "not-ready",
    title: {
      da: "Genereret tekst når borgerne uden gennemgang og uden målt fejlrate",
      en: "Generated text reaches citizens with no review and no measured error rate",
    },
    why: {
      da: "Løsningens tekster når borgerne, eller indgår i deres sager, uden at en medarbejder gennemgår dem, og ingen har målt, hvor ofte de er forkerte eller opdigtede. Så opdager ingen et forkert svar, før det har gjort skade.",
      en: "The solution's texts reach citizens, or go into their cases, without a member of staff reviewing them, and nobody has measured how often they are wrong or invented. So nobody catches a wrong answer before it has done harm.",
    },
    ifUnknown: {
      title: {
        da: "Det er ikke afklaret, om genereret tekst til borgerne bliver gennemgået eller testet",
        en: "It is not clarified whether generated text for citizens is reviewed or tested",
      },
      why: {
        da: "Løsningens tekster når borgerne eller deres sager, og I ved ikke, eller har ikke svaret på, om en medarbejder gennemgår dem, og om fejlraten er målt.",
        en: "The solution's texts reach citizens or their cases, and you do not know, or have not answered, whether a member of staff reviews them and whether the error rate is measured.",
      },
    },
    action: {
      da: "Mål fejlraten på et testsæt af rigtige sager, og beslut, hvem der gennemgår teksterne, før noget når borgerne. Begynd evt. med interne udkast.",
      en: "Measure the error rate on a test set of real cases, and decide who reviews the texts before anything reaches citizens. Consider starting with internal drafts.",
    },
  },
];
