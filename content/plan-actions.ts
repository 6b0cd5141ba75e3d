import type { PlanActionContent } from "@/lib/schemas/framework";

type Entry = Omit<PlanActionContent, "question">;

/**
 * The improvement plan's action for every scored question: a short title that says what the
 * action does, who usually owns it, and the gate it belongs to unless a blocker or an advice check
 * that fails or warns moves it forward. "Before you go on" holds what every later step rests on
 * (an owner, access to data, a lawyer in the room, a bounded task); "before procurement or the
 * pilot" what a contract, a test on real data or a first user needs; "before operation and
 * scaling" what day-to-day use and spreading the solution need.
 */
const entries: Record<string, Entry> = {
  // Organisation
  "org-owner": {
    title: {
      da: "Udpeg en projektejer med mandat og budget",
      en: "Appoint a project owner with a mandate and budget",
    },
    owner: "management",
    gate: "before-go-on",
  },
  "org-decision-rules": {
    title: {
      da: "Beslut, hvordan løsningens resultater må bruges",
      en: "Decide how the solution's results may be used",
    },
    owner: "management",
    gate: "before-procurement-pilot",
  },
  "org-staff-involvement": {
    title: {
      da: "Inddrag brugerne i udformning og afprøvning",
      en: "Involve the users in design and testing",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "org-time-set-aside": {
    title: {
      da: "Afsæt tid til at tage løsningen i brug",
      en: "Set time aside for taking the solution into use",
    },
    owner: "management",
    gate: "before-procurement-pilot",
  },
  "org-citizen-dialogue": {
    title: {
      da: "Forbered medarbejderne på at forklare løsningen for borgerne",
      en: "Prepare staff to explain the solution to citizens",
    },
    owner: "domain-expert",
    gate: "before-operation-scaling",
  },
  "org-fallback": {
    title: {
      da: "Beskriv, hvad der sker, når løsningen fejler",
      en: "Describe what happens when the solution fails",
    },
    owner: "project-lead",
    gate: "before-operation-scaling",
  },
  "org-benefit-baseline": {
    title: {
      da: "Mål, hvordan opgaven løses i dag, før piloten",
      en: "Measure how the task is done today, before the pilot",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "org-vendor-contract": {
    title: {
      da: "Aftal rettigheder til data, dokumentation og exit med leverandøren",
      en: "Agree rights to data, documentation and exit with the vendor",
    },
    owner: "procurement",
    gate: "before-procurement-pilot",
  },
  // Kompetencer
  "comp-training-plan": {
    title: { da: "Læg en plan for oplæringen", en: "Make a training plan" },
    owner: "project-lead",
    gate: "before-operation-scaling",
  },
  "comp-critical-skills": {
    title: {
      da: "Afklar, hvilke håndgreb brugerne skal mestre",
      en: "Clarify which steps the users must master",
    },
    owner: "domain-expert",
    gate: "before-operation-scaling",
  },
  "comp-ai-literacy": {
    title: {
      da: "Sørg for AI-færdigheder hos alle, der bruger løsningen",
      en: "Ensure AI literacy for everyone who uses the solution",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "comp-ai-limits": {
    title: {
      da: "Lær brugerne, hvornår de ikke skal stole på løsningen",
      en: "Teach users when not to trust the solution",
    },
    owner: "domain-expert",
    gate: "before-operation-scaling",
  },
  "comp-domain-evaluation": {
    title: {
      da: "Afsæt fagfolk til at vurdere løsningens resultater",
      en: "Assign domain staff to judge the solution's results",
    },
    owner: "domain-expert",
    gate: "before-procurement-pilot",
  },
  "comp-data-expertise": {
    title: {
      da: "Sikr data- og AI-faglig kompetence, egen eller hos en partner",
      en: "Secure data and AI expertise, your own or a partner's",
    },
    owner: "management",
    gate: "before-procurement-pilot",
  },
  "comp-it-business": {
    title: {
      da: "Saml it- og fagfolk i ét projektteam",
      en: "Bring IT and domain staff into one project team",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  // Data og teknologi
  "dt-data-access": {
    title: {
      da: "Afklar den juridiske og tekniske adgang til data",
      en: "Clarify legal and technical access to the data",
    },
    owner: "data-owner",
    gate: "before-go-on",
    forAnswers: [
      {
        in: ["not-collected-yet"],
        title: {
          da: "Indsaml data i en afgrænset pilot, før I træner eller køber",
          en: "Collect data in a limited pilot before you train or buy",
        },
        recommendation: {
          da: "Beslut, hvilke data løsningen skal bruge, og begynd at indsamle dem i en afgrænset pilot – fx få sensorer eller én blanket – med en dataejer og et formål, der er afklaret. Vent med at træne eller købe en løsning, til I har set, hvor mange data pilotens første periode giver, og hvor gode de er.",
          en: "Decide which data the solution will use, and begin collecting it in a limited pilot – e.g. a few sensors or one form – with a data owner and a purpose that are clarified. Hold off training or buying a solution until you have seen how much data the pilot's first period yields, and how good it is.",
        },
        owner: "data-owner",
        gate: "before-procurement-pilot",
      },
    ],
  },
  "dt-ground-truth": {
    title: {
      da: "Afklar, om det rigtige udfald er registreret i de historiske sager",
      en: "Clarify whether the correct outcome is recorded in past cases",
    },
    owner: "domain-expert",
    gate: "before-procurement-pilot",
  },
  "dt-test-environment": {
    title: {
      da: "Aftal et godkendt miljø til afprøvning på rigtige data",
      en: "Agree an approved environment for testing on real data",
    },
    owner: "it-operations",
    gate: "before-procurement-pilot",
  },
  "dt-integration": {
    title: {
      da: "Afklar, hvordan løsningen henter og afleverer data",
      en: "Clarify how the solution gets and returns data",
    },
    owner: "it-operations",
    gate: "before-procurement-pilot",
  },
  "dt-operation": {
    title: {
      da: "Beslut, hvor løsningen kører, og hvem der driver den",
      en: "Decide where the solution runs and who runs it",
    },
    owner: "it-operations",
    gate: "before-operation-scaling",
  },
  "dt-monitoring-retraining": {
    title: {
      da: "Læg en plan for at følge og gentræne modellen",
      en: "Plan how the model is monitored and retrained",
    },
    owner: "it-operations",
    gate: "before-operation-scaling",
  },
  "dt-security": {
    title: {
      da: "Få løsningen vurderet af informationssikkerhed",
      en: "Have information security assess the solution",
    },
    owner: "information-security",
    gate: "before-procurement-pilot",
  },
  // Juridiske overvejelser
  "legal-basis-operation": {
    title: {
      da: "Afklar hjemlen til at behandle personoplysninger i drift",
      en: "Clarify the legal basis for processing personal data in operation",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-basis-development": {
    title: {
      da: "Afklar hjemlen til at udvikle og træne på personoplysninger",
      en: "Clarify the legal basis for developing and training on personal data",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-basis-validation": {
    title: {
      da: "Afklar hjemlen til at afprøve den købte model på jeres egne data",
      en: "Clarify the legal basis for testing the bought model on your own data",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-administrative-law": {
    title: {
      da: "Aftal, hvordan begrundelse, partshøring og sagsoplysning sikres",
      en: "Agree how reasons, hearing of the parties and case investigation are ensured",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-records": {
    title: {
      da: "Beslut, hvordan AI'ens resultater journaliseres og arkiveres",
      en: "Decide how the AI's results are recorded and archived",
    },
    owner: "domain-expert",
    gate: "before-operation-scaling",
  },
  "legal-vendor-contract": {
    title: {
      da: "Aftal data, træning og exit i kontrakten med leverandøren",
      en: "Agree data rights, training and exit in the contract with the vendor",
    },
    owner: "procurement",
    gate: "before-procurement-pilot",
  },
  "legal-basis-retraining": {
    title: {
      da: "Afklar hjemlen til at gentræne på nye personoplysninger",
      en: "Clarify the legal basis for retraining on new personal data",
    },
    owner: "legal-dpo",
    gate: "before-operation-scaling",
  },
  "legal-dpia": {
    title: {
      da: "Start konsekvensanalysen (DPIA) med databeskyttelsesrådgiveren",
      en: "Start the impact assessment (DPIA) with the data protection officer",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-ai-act-classified": {
    title: {
      da: "Dokumentér løsningens klasse efter AI-forordningen",
      en: "Document the solution's class under the AI Act",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-automated-decisions": {
    title: {
      da: "Afklar, hvem der træffer afgørelsen, og hjemlen til automatik",
      en: "Clarify who makes the decision, and the legal basis for automation",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-data-minimisation": {
    title: {
      da: "Begræns personoplysningerne til de nødvendige",
      en: "Limit the personal data to what is needed",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "legal-transparency": {
    title: {
      da: "Skriv, hvordan borgerne får at vide, at der bruges AI",
      en: "Write how citizens are told that AI is used",
    },
    owner: "legal-dpo",
    gate: "before-operation-scaling",
  },
  // Jura tidligt i processen
  "lawearly-legal-in-design": {
    title: { da: "Inddrag en jurist fra begyndelsen", en: "Involve a lawyer from the beginning" },
    owner: "project-lead",
    gate: "before-go-on",
  },
  "lawearly-clarified-before-start": {
    title: {
      da: "Gør den juridiske afklaring til en milepæl før udvikling eller indkøb",
      en: "Make legal clarification a milestone before development or purchase",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "lawearly-precedent-examined": {
    title: {
      da: "Undersøg, hvordan andre myndigheder har afklaret jura for lignende løsninger",
      en: "Find out how other authorities clarified the law for similar solutions",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "lawearly-assessment-documented": {
    title: {
      da: "Dokumentér den juridiske vurdering, og opdatér den i hver fase",
      en: "Document the legal assessment and update it in each phase",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  // Data først
  "dfirst-volume": {
    title: {
      da: "Opgør, om der er data nok til træning og test",
      en: "Establish whether there is enough data for training and testing",
    },
    owner: "data-owner",
    gate: "before-go-on",
    forAnswers: [
      {
        in: ["not-collected-yet"],
        title: {
          da: "Indsaml data i en afgrænset pilot, før I træner eller køber",
          en: "Collect data in a limited pilot before you train or buy",
        },
        recommendation: {
          da: "Saml data i en afgrænset pilot, og tæl efter pilotens første periode, hvor mange eksempler der er i hver kategori. Få leverandøren eller en datafaglig til at vurdere, om det rækker, før I træner eller køber en løsning.",
          en: "Collect data in a limited pilot, and after the pilot's first period count how many examples there are in each category. Have the vendor or a data specialist judge whether that is enough before you train or buy a solution.",
        },
        owner: "data-owner",
        gate: "before-procurement-pilot",
      },
    ],
  },
  "dfirst-clarified-before-start": {
    title: {
      da: "Gør dataafklaringen til en betingelse for at gå i gang",
      en: "Make data clarification a condition for starting",
    },
    owner: "management",
    gate: "before-go-on",
  },
  "dfirst-quality-sample": {
    title: {
      da: "Tjek datakvaliteten på et prøveudtræk",
      en: "Check data quality on a sample extract",
    },
    owner: "data-owner",
    gate: "before-procurement-pilot",
  },
  "dfirst-data-owner": {
    title: {
      da: "Aftal dataleverancen med en navngiven dataejer",
      en: "Agree the data supply with a named data owner",
    },
    owner: "data-owner",
    gate: "before-procurement-pilot",
  },
  "dfirst-representative": {
    title: {
      da: "Afprøv, om data afspejler dem, løsningen skal bruges på",
      en: "Test whether the data reflects those the solution will serve",
    },
    owner: "domain-expert",
    gate: "before-procurement-pilot",
  },
  // Skalering
  "scale-operation-funding": {
    title: {
      da: "Sikr finansiering af drift og udrulning efter projektet",
      en: "Secure funding for operation and roll-out after the project",
    },
    owner: "management",
    gate: "before-operation-scaling",
  },
  "scale-operating-cost": {
    title: { da: "Beregn den årlige driftsudgift", en: "Calculate the annual operating cost" },
    owner: "procurement",
    gate: "before-procurement-pilot",
  },
  "scale-shareable-evidence": {
    title: {
      da: "Planlæg, hvordan effekten dokumenteres og deles",
      en: "Plan how the effect is documented and shared",
    },
    owner: "project-lead",
    gate: "before-operation-scaling",
  },
  "scale-generic-design": {
    title: {
      da: "Stil krav om, at løsningen kan udvides uden ny kode",
      en: "Require that the solution can be extended without new code",
    },
    owner: "procurement",
    gate: "before-operation-scaling",
  },
  "scale-open-standards": {
    title: {
      da: "Stil krav om standardformater og dokumenterede snitflader",
      en: "Require standard formats and documented interfaces",
    },
    owner: "procurement",
    gate: "before-procurement-pilot",
  },
  "scale-shared-need": {
    title: {
      da: "Afdæk, hvem der har samme behov",
      en: "Find out who else has the same need",
    },
    owner: "project-lead",
    gate: "before-operation-scaling",
  },
  "scale-support-capacity": {
    title: {
      da: "Aftal support og drift til en større udbredelse",
      en: "Agree support and operation for a wider roll-out",
    },
    owner: "it-operations",
    gate: "before-operation-scaling",
  },
  // Start småt
  "small-routine-process": {
    title: {
      da: "Afgræns opgaven til en rutinepræget proces med mange gentagelser",
      en: "Narrow the task to a routine process with many repetitions",
    },
    owner: "project-lead",
    gate: "before-go-on",
  },
  "small-staff-first": {
    title: {
      da: "Beslut, at medarbejdere bruger den første version",
      en: "Decide that staff use the first version",
    },
    owner: "management",
    gate: "before-procurement-pilot",
  },
  "small-pilot": {
    title: {
      da: "Afgræns første skridt til én enhed, opgavetype eller periode",
      en: "Limit the first step to one unit, task type or period",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "small-reuse-examined": {
    title: {
      da: "Undersøg, om en eksisterende løsning kan genbruges",
      en: "Find out whether an existing solution can be reused",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  // Generativ AI (vises kun, når profilen angiver generativ AI)
  "genai-error-rate": {
    title: {
      da: "Mål fejlraten på et testsæt af rigtige sager med kendte gode svar",
      en: "Measure the error rate on a test set of real cases with known good answers",
    },
    owner: "domain-expert",
    gate: "before-go-on",
  },
  "genai-grounding": {
    title: {
      da: "Lad svarene bygge på jeres godkendte kilder, og vis kilden",
      en: "Base the answers on your approved sources, and show the source",
    },
    owner: "domain-expert",
    gate: "before-procurement-pilot",
  },
  "genai-model-changes": {
    title: {
      da: "Aftal varsel og fast version ved modelskift, og test igen før skiftet",
      en: "Agree notice and a fixed version for model changes, and test again before the switch",
    },
    owner: "procurement",
    gate: "before-operation-scaling",
  },
  "genai-security": {
    title: {
      da: "Test for prompt injection og for lækage mellem brugere",
      en: "Test for prompt injection and for leaks between users",
    },
    owner: "information-security",
    gate: "before-procurement-pilot",
  },
  "genai-output-review": {
    title: {
      da: "Fastlæg, hvem der gennemgår løsningens tekster, og hvordan I holder gennemgangen skarp",
      en: "Set out who reviews the solution's texts, and how you keep the review sharp",
    },
    owner: "management",
    gate: "before-go-on",
  },
  "genai-prompt-rule": {
    title: {
      da: "Skriv en regel for, hvad der må skrives i løsningen",
      en: "Write a rule on what may be typed into the solution",
    },
    owner: "management",
    gate: "before-procurement-pilot",
  },
  "genai-limits-training": {
    title: {
      da: "Træn brugerne i løsningens begrænsninger",
      en: "Train the users in the solution's limits",
    },
    owner: "project-lead",
    gate: "before-procurement-pilot",
  },
  "genai-vendor-terms": {
    title: {
      da: "Afklar, hvor data behandles, og indgå en databehandleraftale uden træning på jeres data",
      en: "Find out where data is processed, and sign a data processing agreement with no training on your data",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "genai-prompt-data": {
    title: {
      da: "Vurdér personoplysninger og fortrolige oplysninger i prompts og kilder",
      en: "Assess personal data and confidential information in prompts and sources",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "genai-transparency": {
    title: {
      da: "Planlæg oplysning og mærkning efter AI-forordningens artikel 50",
      en: "Plan disclosure and marking under AI Act Article 50",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "genai-provider-role": {
    title: {
      da: "Afklar, om I er udbyder af AI-systemet, og få modeludbyderens dokumentation",
      en: "Clarify whether you are the provider of the AI system, and get the model provider's documentation",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "genai-copyright": {
    title: {
      da: "Afklar ophavsretten til det, der gives ind, og det, der kommer ud",
      en: "Clarify copyright for what goes in and what comes out",
    },
    owner: "legal-dpo",
    gate: "before-procurement-pilot",
  },
  "genai-cost-per-use": {
    title: {
      da: "Mål prisen pr. brug i piloten, og regn op til fuld udbredelse",
      en: "Measure the price per use in the pilot, and scale it up to full roll-out",
    },
    owner: "project-lead",
    gate: "before-operation-scaling",
  },
  "genai-exit": {
    title: {
      da: "Aftal udlevering af data og en vej ud, hvis I skal skifte model",
      en: "Agree handover of data and a way out if you need to switch model",
    },
    owner: "procurement",
    gate: "before-procurement-pilot",
  },
  "genai-start-where-caught": {
    title: {
      da: "Start med interne udkast, som en medarbejder læser og retter",
      en: "Start with internal drafts that a member of staff reads and corrects",
    },
    owner: "project-lead",
    gate: "before-go-on",
  },
};

export const planActions: PlanActionContent[] = Object.entries(entries).map(([question, entry]) => ({
  question,
  ...entry,
}));
