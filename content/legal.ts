import type { LocalizedText } from "@/lib/schemas/common";
import type { LegalContent } from "@/lib/schemas/legal";

/**
 * The legal rules and dates the legal triage relies on. Every fact here comes from a public
 * source named with it; bump `version` and `reviewedOn` whenever a rule or a date changes.
 */

const aiActTitle: LocalizedText = {
  da: "Forordning (EU) 2024/1689 (AI-forordningen)",
  en: "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
};
const gdprTitle: LocalizedText = {
  da: "Forordning (EU) 2016/679 (databeskyttelsesforordningen)",
  en: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
};

function aiAct(reference: LocalizedText) {
  return {
    title: aiActTitle,
    citation: { da: `EUT L 2024/1689, ${reference.da}`, en: `EUR-Lex OJ L 2024/1689, ${reference.en}` },
  };
}

function gdpr(reference: LocalizedText) {
  return {
    title: gdprTitle,
    citation: {
      da: `Forordning (EU) 2016/679, ${reference.da}`,
      en: `Regulation (EU) 2016/679, ${reference.en}`,
    },
  };
}

const omnibusSource = {
  title: {
    da: "Europa-Kommissionen: forslaget om en digital omnibus",
    en: "European Commission: Digital Omnibus proposal",
  },
  citation: { da: "EU AI Act Service Desk", en: "EU AI Act Service Desk" },
};

export const legalContent: LegalContent = {
  version: "2026-11",
  reviewedOn: "2026-11-28",
  authorities: {
    da: "I Danmark fører Digitaliseringsstyrelsen markedsovervågning efter AI-forordningen og er det fælles kontaktpunkt. Datatilsynet og Domstolsstyrelsen er også tilsynsmyndigheder efter forordningen (lovforslag L 154, 2024-25).",
    en: "In Denmark, Digitaliseringsstyrelsen (the Agency for Digital Government) carries out market surveillance under the AI Act and is the single point of contact. Datatilsynet (the Danish Data Protection Agency) and Domstolsstyrelsen (the Danish Court Administration) are also supervisory authorities under the Act (Danish bill L 154, 2024-25).",
  },
  rules: [
    {
      id: "ai-act-art-5",
      instrument: "ai-act",
      reference: { da: "Artikel 5", en: "Article 5" },
      title: { da: "Forbudte former for AI", en: "Prohibited AI practices" },
      summary: {
        da: "Artikel 5 forbyder visse former for AI, fx social scoring foretaget af offentlige myndigheder. Forbuddene gælder fra 2. februar 2025.",
        en: "Article 5 prohibits certain AI practices, such as social scoring by public authorities. The prohibitions apply from 2 February 2025.",
      },
      source: aiAct({ da: "Artikel 5", en: "Article 5" }),
    },
    {
      id: "ai-act-art-6-1-annex-i",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 1, og bilag I", en: "Article 6(1) and Annex I" },
      title: {
        da: "Højrisiko: AI i produkter under EU's produktregler",
        en: "High-risk: AI in products under EU product legislation",
      },
      summary: {
        da: "AI, der er et produkt eller en sikkerhedskomponent i et produkt omfattet af EU's harmoniseringslovgivning, fx medicinsk udstyr (MDR 2017/745 og IVDR), er højrisiko efter artikel 6, stk. 1, og bilag I. Begge sundhedscases i kataloget, mammografi og graviditetsscanning, er af denne type.",
        en: "AI that is a product, or a safety component of a product, covered by EU harmonisation legislation, such as medical devices (MDR 2017/745 and IVDR), is high-risk under Article 6(1) and Annex I. Both health cases in the catalogue, mammography and pregnancy ultrasound, are of this kind.",
      },
      source: aiAct({ da: "Artikel 6, stk. 1, bilag I", en: "Article 6(1), Annex I" }),
    },
    {
      id: "ai-act-art-6-2-annex-iii",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 2, og bilag III", en: "Article 6(2) and Annex III" },
      title: {
        da: "Højrisiko: AI brugt på bestemte områder",
        en: "High-risk: AI used in particular areas",
      },
      summary: {
        da: "AI, der bruges på et af de områder, som bilag III opregner, er højrisiko efter artikel 6, stk. 2, medmindre undtagelsen i artikel 6, stk. 3, gælder.",
        en: "AI used in one of the areas listed in Annex III is high-risk under Article 6(2), unless the exception in Article 6(3) applies.",
      },
      source: aiAct({ da: "Artikel 6, stk. 2, bilag III", en: "Article 6(2), Annex III" }),
    },
    {
      id: "ai-act-annex-iii-5a",
      instrument: "ai-act",
      reference: { da: "Bilag III, punkt 5, litra a", en: "Annex III, point 5(a)" },
      title: {
        da: "Bilag III, punkt 5, litra a: offentlige ydelser",
        en: "Annex III, point 5(a): public benefits",
      },
      summary: {
        da: "Omfatter AI, der bruges af eller på vegne af offentlige myndigheder til at vurdere, om borgere er berettigede til væsentlige offentlige ydelser og tjenester, herunder sundhedsydelser, eller til at tildele, nedsætte, tilbagekalde eller tilbagekræve dem.",
        en: "Covers AI used by or on behalf of public authorities to evaluate whether people are eligible for essential public assistance benefits and services, including healthcare, or to grant, reduce, revoke or reclaim them.",
      },
      source: aiAct({ da: "Bilag III, punkt 5, litra a", en: "Annex III, point 5(a)" }),
    },
    {
      id: "ai-act-annex-iii-areas",
      instrument: "ai-act",
      reference: { da: "Bilag III, punkt 1-8", en: "Annex III, points 1-8" },
      title: {
        da: "Bilag III: andre højrisikoområder for offentlige myndigheder",
        en: "Annex III: other high-risk areas for public authorities",
      },
      summary: {
        da: "Bilag III omfatter også biometri (punkt 1), kritisk infrastruktur (2), uddannelse (3), beskæftigelse (4), adgang til væsentlige ydelser, herunder visitering af nødopkald (5, litra d), retshåndhævelse (6), migration (7) og retspleje (8).",
        en: "Annex III also covers biometrics (point 1), critical infrastructure (2), education (3), employment (4), access to essential services, including emergency-call triage (5(d)), law enforcement (6), migration (7) and the administration of justice (8).",
      },
      source: aiAct({ da: "Bilag III", en: "Annex III" }),
    },
    {
      id: "ai-act-art-6-3",
      instrument: "ai-act",
      reference: { da: "Artikel 6, stk. 3", en: "Article 6(3)" },
      title: {
        da: "Undtagelse fra højrisiko for bilag III",
        en: "Exception from high-risk for Annex III",
      },
      summary: {
        da: "Et system på et bilag III-område er ikke højrisiko, hvis det kun udfører en snæver proceduremæssig opgave, forbedrer resultatet af en menneskelig aktivitet, der allerede er afsluttet, finder mønstre uden at erstatte en menneskelig vurdering eller udfører en forberedende opgave. Undtagelsen gælder aldrig, når systemet profilerer fysiske personer.",
        en: "A system in an Annex III area is not high-risk if it only performs a narrow procedural task, improves the result of a previously completed human activity, detects patterns without replacing human assessment, or performs a preparatory task. The exception never applies when the system profiles natural persons.",
      },
      source: aiAct({ da: "Artikel 6, stk. 3", en: "Article 6(3)" }),
    },
    {
      id: "ai-act-art-50",
      instrument: "ai-act",
      reference: { da: "Artikel 50", en: "Article 50" },
      title: { da: "Krav om åbenhed", en: "Transparency duties" },
      summary: {
        da: "Artikel 50 kræver bl.a., at mennesker får at vide, at de interagerer med et AI-system, og at indhold skabt af AI mærkes.",
        en: "Article 50 requires, among other things, that people are told they are interacting with an AI system, and that AI-generated content is marked.",
      },
      source: aiAct({ da: "Artikel 50", en: "Article 50" }),
    },
    {
      id: "ai-act-minimal-risk",
      instrument: "ai-act",
      reference: { da: "Uden for artikel 5, 6 og 50", en: "Outside Articles 5, 6 and 50" },
      title: { da: "Minimal risiko", en: "Minimal risk" },
      summary: {
        da: "AI, der hverken er forbudt, højrisiko eller omfattet af krav om åbenhed, har minimal risiko. Pligten til AI-kompetencer i artikel 4 gælder stadig.",
        en: "AI that is neither prohibited, high-risk nor subject to transparency duties is minimal risk. The AI-literacy duty of Article 4 still applies.",
      },
      source: aiAct({ da: "Artikel 4, 5, 6 og 50", en: "Articles 4, 5, 6 and 50" }),
    },
    {
      id: "ai-act-art-4",
      instrument: "ai-act",
      reference: { da: "Artikel 4", en: "Article 4" },
      title: { da: "AI-kompetencer hos medarbejderne", en: "AI literacy of staff" },
      summary: {
        da: "Den, der tager et AI-system i brug, skal sikre, at medarbejderne har tilstrækkelige AI-kompetencer. Pligten gælder fra 2. februar 2025.",
        en: "Deployers must ensure that their staff have sufficient AI literacy. The duty applies from 2 February 2025.",
      },
      source: aiAct({ da: "Artikel 4", en: "Article 4" }),
    },
    {
      id: "ai-act-art-26",
      instrument: "ai-act",
      reference: { da: "Artikel 26", en: "Article 26" },
      title: {
        da: "Idriftsætterens pligter, herunder menneskeligt tilsyn",
        en: "Deployer duties, including human oversight",
      },
      summary: {
        da: "Den, der tager et højrisikosystem i brug, har efter artikel 26 pligter ved brugen, herunder menneskeligt tilsyn med systemet.",
        en: "Under Article 26 a deployer of a high-risk system has duties when using it, including human oversight of the system.",
      },
      source: aiAct({ da: "Artikel 26", en: "Article 26" }),
    },
    {
      id: "ai-act-art-27",
      instrument: "ai-act",
      reference: { da: "Artikel 27", en: "Article 27" },
      title: {
        da: "Konsekvensanalyse for grundlæggende rettigheder (FRIA)",
        en: "Fundamental-rights impact assessment (FRIA)",
      },
      summary: {
        da: "Offentlige myndigheder, der tager et højrisikosystem efter bilag III i brug, skal lave en konsekvensanalyse for grundlæggende rettigheder, før systemet bruges første gang. Den supplerer en konsekvensanalyse efter databeskyttelsesforordningen.",
        en: "Public authorities deploying an Annex III high-risk system must carry out a fundamental-rights impact assessment before first use. It complements a GDPR data protection impact assessment.",
      },
      source: aiAct({ da: "Artikel 27", en: "Article 27" }),
    },
    {
      id: "ai-act-art-49-3",
      instrument: "ai-act",
      reference: { da: "Artikel 49, stk. 3", en: "Article 49(3)" },
      title: {
        da: "Registrering af brugen i EU's database",
        en: "Registration of the use in the EU database",
      },
      summary: {
        da: "Offentlige myndigheder, der tager et højrisikosystem efter bilag III i brug, skal registrere brugen i EU's database.",
        en: "Public authorities deploying an Annex III high-risk system must register the use in the EU database.",
      },
      source: aiAct({ da: "Artikel 49, stk. 3", en: "Article 49(3)" }),
    },
    {
      id: "gdpr-art-6-1-e",
      instrument: "gdpr",
      reference: { da: "Artikel 6, stk. 1, litra e", en: "Article 6(1)(e)" },
      title: {
        da: "Behandling som led i en opgave i samfundets interesse",
        en: "Processing for a task in the public interest",
      },
      summary: {
        da: "En offentlig myndighed, der behandler personoplysninger for at løse en opgave i samfundets interesse, bygger på artikel 6, stk. 1, litra e. Det kræver et tilstrækkeligt klart supplerende grundlag i dansk lovgivning.",
        en: "A public authority that processes personal data to perform a task in the public interest relies on Article 6(1)(e). This needs a sufficiently clear supplementary basis in Danish law.",
      },
      source: gdpr({ da: "Artikel 6, stk. 1, litra e", en: "Article 6(1)(e)" }),
    },
    {
      id: "gdpr-art-9-2",
      instrument: "gdpr",
      reference: { da: "Artikel 9, stk. 2, litra g og h", en: "Article 9(2)(g) and (h)" },
      title: {
        da: "Følsomme oplysninger, fx helbredsoplysninger",
        en: "Special categories of data, such as health data",
      },
      summary: {
        da: "Behandler myndigheden følsomme oplysninger som helbredsoplysninger, bygger den på artikel 9, stk. 2, litra g eller h. Også her kræves et tilstrækkeligt klart supplerende grundlag i dansk lovgivning.",
        en: "If the authority processes special categories such as health data, it relies on Article 9(2)(g) or (h). Here too a sufficiently clear supplementary basis in Danish law is needed.",
      },
      source: gdpr({ da: "Artikel 9, stk. 2, litra g og h", en: "Article 9(2)(g), (h)" }),
    },
    {
      id: "gdpr-art-22",
      instrument: "gdpr",
      reference: { da: "Artikel 22", en: "Article 22" },
      title: {
        da: "Automatiske afgørelser om enkeltpersoner",
        en: "Automated individual decisions",
      },
      summary: {
        da: "Artikel 22 handler om afgørelser, der alene bygger på automatisk behandling og har retsvirkning eller på tilsvarende måde påvirker personen betydeligt. I katalogets cases er mønstret beslutningsstøtte, hvor et menneske træffer afgørelsen (Region Hovedstaden, Skatteforvaltningen).",
        en: "Article 22 concerns decisions based solely on automated processing that have legal or similarly significant effects on the person. In the catalogue's cases the pattern is decision support with a person making the decision (Region Hovedstaden, Skatteforvaltningen).",
      },
      source: gdpr({ da: "Artikel 22", en: "Article 22" }),
    },
    {
      id: "gdpr-art-25",
      instrument: "gdpr",
      reference: { da: "Artikel 25", en: "Article 25" },
      title: {
        da: "Dataminimering og databeskyttelse gennem design",
        en: "Data minimisation and data protection by design",
      },
      summary: {
        da: "Databeskyttelse skal bygges ind i løsningen. Katalogets eksempler er Næstved, hvor billeder lokalt omdannes til piktogrammer, og Faxe, hvor personer og biler automatisk sløres.",
        en: "Data protection must be built into the solution. The catalogue's examples are Næstved, where images are turned into pictograms locally, and Faxe, where people and cars are blurred automatically.",
      },
      source: gdpr({ da: "Artikel 25", en: "Article 25" }),
    },
    {
      id: "gdpr-art-35",
      instrument: "gdpr",
      reference: { da: "Artikel 35, herunder stk. 3, litra a-c", en: "Article 35, incl. 35(3)(a)-(c)" },
      title: {
        da: "Konsekvensanalyse (DPIA)",
        en: "Data protection impact assessment (DPIA)",
      },
      summary: {
        da: "En konsekvensanalyse er påkrævet, når en behandling sandsynligvis indebærer en høj risiko, og altid i tilfældene i artikel 35, stk. 3, litra a-c: systematisk og omfattende automatisk vurdering med retsvirkning eller tilsvarende betydelig virkning, behandling af følsomme oplysninger i stort omfang og systematisk overvågning af offentlige områder i stort omfang. Databeskyttelsesrådgiveren skal høres.",
        en: "An impact assessment is required where processing is likely to result in a high risk, and always in the cases of Article 35(3)(a)-(c): systematic and extensive automated evaluation with legal or similarly significant effects, large-scale processing of special categories, and large-scale systematic monitoring of public areas. The data protection officer must be consulted.",
      },
      source: gdpr({ da: "Artikel 35", en: "Article 35" }),
    },
    {
      id: "wp248-criteria",
      instrument: "guidance",
      reference: { da: "WP248", en: "WP248" },
      title: {
        da: "De ni kriterier for, hvornår en konsekvensanalyse er sandsynlig",
        en: "The nine criteria for when an impact assessment is likely",
      },
      summary: {
        da: "EDPB/WP29's retningslinjer WP248 opregner ni kriterier. Opfylder en behandling to eller flere af dem, er en konsekvensanalyse sandsynligvis påkrævet.",
        en: "The EDPB/WP29 guidelines WP248 list nine criteria. If processing meets two or more of them, an impact assessment is likely to be required.",
      },
      source: {
        title: {
          da: "EDPB/WP29: retningslinjer om konsekvensanalyse vedrørende databeskyttelse (DPIA)",
          en: "EDPB/WP29 Guidelines on Data Protection Impact Assessment (DPIA)",
        },
        citation: { da: "WP248", en: "WP248" },
      },
    },
    {
      id: "datatilsynet-dpia-list",
      instrument: "guidance",
      reference: {
        da: "Datatilsynets liste (2019); AI-skabeloner (maj 2024)",
        en: "Datatilsynet DPIA list (2019); AI templates (May 2024)",
      },
      title: {
        da: "Datatilsynets liste og skabeloner for konsekvensanalyser",
        en: "Datatilsynet's list and templates for impact assessments",
      },
      summary: {
        da: "Datatilsynet har offentliggjort en liste over behandlinger, der altid kræver en konsekvensanalyse (2019), og har siden maj 2024 haft skabeloner til konsekvensanalyser rettet mod AI.",
        en: "Datatilsynet has published a list of processing that always requires an impact assessment (2019), and since May 2024 it has published impact-assessment templates aimed at AI.",
      },
      source: {
        title: {
          da: "Datatilsynet: liste over behandlinger, der altid kræver en konsekvensanalyse; skabeloner til konsekvensanalyser af AI",
          en: "Datatilsynet: list of processing that always requires a DPIA; DPIA templates for AI",
        },
        citation: {
          da: "Datatilsynet (liste fra 2019; skabeloner fra maj 2024)",
          en: "Datatilsynet (2019 list; May 2024 templates)",
        },
      },
    },
    {
      id: "datatilsynet-2023-ai-basis",
      instrument: "guidance",
      reference: { da: "Datatilsynet, j.nr. 2023-212-0015", en: "Datatilsynet, case 2023-212-0015" },
      title: {
        da: "Hjemmel for hver fase: udvikling, drift og gentræning",
        en: "Legal basis per phase: development, operation and retraining",
      },
      summary: {
        da: "I en udtalelse fra 2023 om hjemmel til at udvikle og drive en AI-løsning på sundheds- og omsorgsområdet fandt Datatilsynet, at grundlaget kan være forskelligt for udvikling af en model og drift af den. Spørg derfor til hjemlen for hver fase: udvikling og træning, drift og gentræning.",
        en: "In a 2023 statement on the legal basis for developing and operating an AI solution in health and care, Datatilsynet found that the basis can differ between developing a model and operating it. Ask about the basis for each phase: development and training, operation, and retraining.",
      },
      source: {
        title: {
          da: "Datatilsynet: udtalelse om hjemmel til at udvikle og drive en AI-løsning på sundheds- og omsorgsområdet (2023)",
          en: "Datatilsynet: statement on the legal basis for developing and operating an AI solution in health and care (2023)",
        },
        citation: { da: "Datatilsynet, j.nr. 2023-212-0015", en: "Datatilsynet, case 2023-212-0015" },
      },
    },
    {
      id: "serviceloven-136e",
      instrument: "danish-law",
      reference: { da: "Serviceloven § 136 e", en: "Serviceloven § 136 e" },
      title: {
        da: "Serviceloven § 136 e: tryghedsskabende velfærdsteknologi",
        en: "Serviceloven § 136 e: welfare technology that creates safety",
      },
      summary: {
        da: "Katalogets eksempel på et supplerende grundlag i dansk lov: Næstved Kommune fandt hjemmel til sine faldsensorer i serviceloven § 136 e, fordi løsningen blev vurderet som tryghedsskabende velfærdsteknologi.",
        en: "The catalogue's example of a supplementary basis in Danish law: Næstved Kommune found the legal basis for its fall sensors in Serviceloven § 136 e, because the solution was judged to be welfare technology that creates safety.",
      },
      source: {
        title: { da: "Serviceloven (lov om social service)", en: "Serviceloven (lov om social service)" },
        citation: {
          da: "Serviceloven § 136 e; omtalt i Digitaliseringsstyrelsen, Seks AI-cases fra offentlige organisationer (Næstved Kommune)",
          en: "Serviceloven § 136 e; cited in Digitaliseringsstyrelsen, Seks AI-cases fra offentlige organisationer (Næstved Kommune)",
        },
      },
    },
    {
      id: "forvaltningsloven",
      instrument: "danish-law",
      reference: { da: "Forvaltningsloven", en: "Forvaltningsloven" },
      title: {
        da: "Forvaltningsloven: begrundelse, partshøring og myndighedens sagsbehandling",
        en: "Forvaltningsloven: reasons, hearing and case handling by an authority",
      },
      summary: {
        da: "Forvaltningslovens krav om bl.a. begrundelse, partshøring og myndighedens sagsbehandling gælder også, når AI indgår i afgørelser. Beslutningsstøtte, hvor et menneske træffer afgørelsen, er mønstret i katalogets cases.",
        en: "The requirements of forvaltningsloven (the Danish Public Administration Act), such as reasons, hearing of parties and case handling by an authority, also apply when AI is part of decisions. Decision support with a person making the decision is the pattern in the catalogue's cases.",
      },
      source: {
        title: { da: "Forvaltningsloven", en: "Forvaltningsloven (the Danish Public Administration Act)" },
        citation: {
          da: "Forvaltningsloven: begrundelse, partshøring, sagsbehandling",
          en: "Forvaltningsloven: reasons, hearing of parties, case handling",
        },
      },
    },
    {
      id: "dk-ai-act-authorities",
      instrument: "danish-law",
      reference: { da: "L 154 (2024-25)", en: "L 154 (2024-25)" },
      title: {
        da: "Danske myndigheder under AI-forordningen",
        en: "Danish authorities under the AI Act",
      },
      summary: {
        da: "Digitaliseringsstyrelsen fører markedsovervågning og er fælles kontaktpunkt; Datatilsynet og Domstolsstyrelsen er også tilsynsmyndigheder.",
        en: "Digitaliseringsstyrelsen carries out market surveillance and is the single point of contact; Datatilsynet and Domstolsstyrelsen are also supervisory authorities.",
      },
      source: {
        title: { da: "Lovforslag L 154 (2024-25)", en: "Danish bill L 154 (2024-25)" },
        citation: { da: "ft.dk L 154 (2024-25)", en: "ft.dk L 154 (2024-25)" },
      },
    },
  ],
  dates: [
    {
      id: "ai-act-prohibitions-and-literacy",
      date: "2025-02-02",
      status: "in-force",
      text: {
        da: "AI-forordningens forbud (artikel 5) og pligten til AI-kompetencer (artikel 4) gælder fra 2. februar 2025.",
        en: "The AI Act's prohibitions (Article 5) and the AI-literacy duty (Article 4) apply from 2 February 2025.",
      },
      source: aiAct({ da: "Artikel 4 og 5", en: "Articles 4 and 5" }),
    },
    {
      id: "ai-act-annex-iii-obligations",
      date: "2026-08-02",
      status: "scheduled",
      text: {
        da: "Forpligtelserne for højrisikosystemer efter bilag III skulle oprindeligt gælde fra 2. august 2026. Kommissionens forslag om en »Digital Omnibus« vil flytte datoen. Kontrollér, hvad der gælder nu.",
        en: "The obligations for Annex III high-risk systems were originally to apply from 2 August 2026. The Commission's “Digital Omnibus” proposal would move the date. Check what applies now.",
      },
      source: aiAct({ da: "forpligtelser efter bilag III", en: "Annex III obligations" }),
    },
    {
      id: "ai-act-annex-i-obligations",
      date: "2027-08-02",
      status: "scheduled",
      text: {
        da: "Forpligtelserne for højrisikosystemer efter bilag I skulle oprindeligt gælde fra 2. august 2027. Kommissionens forslag om en »Digital Omnibus« vil flytte datoen. Kontrollér, hvad der gælder nu.",
        en: "The obligations for Annex I high-risk systems were originally to apply from 2 August 2027. The Commission's “Digital Omnibus” proposal would move the date. Check what applies now.",
      },
      source: aiAct({ da: "forpligtelser efter bilag I", en: "Annex I obligations" }),
    },
    {
      id: "digital-omnibus-annex-iii",
      date: "2027-12-02",
      status: "proposed",
      text: {
        da: "Efter forslaget om en »Digital Omnibus« gælder forpligtelserne for bilag III fra 2. december 2027, når forslaget er vedtaget og offentliggjort i EU-Tidende.",
        en: "Under the “Digital Omnibus” proposal, the Annex III obligations apply from 2 December 2027 once the proposal is adopted and published in the Official Journal.",
      },
      source: omnibusSource,
    },
    {
      id: "digital-omnibus-annex-i",
      date: "2028-08-02",
      status: "proposed",
      text: {
        da: "Efter forslaget om en »Digital Omnibus« gælder forpligtelserne for bilag I fra 2. august 2028, når forslaget er vedtaget og offentliggjort i EU-Tidende.",
        en: "Under the “Digital Omnibus” proposal, the Annex I obligations apply from 2 August 2028 once the proposal is adopted and published in the Official Journal.",
      },
      source: omnibusSource,
    },
    {
      id: "ai-act-public-authority-legacy",
      date: "2030-08-02",
      status: "scheduled",
      text: {
        da: "Højrisikosystemer, som offentlige myndigheder allerede brugte før datoerne for højrisikoforpligtelserne, har frist til 2. august 2030.",
        en: "High-risk systems already used by public authorities before the dates of the high-risk obligations have until 2 August 2030.",
      },
      source: aiAct({
        da: "højrisikosystemer, som offentlige myndigheder allerede bruger",
        en: "public-authority high-risk systems already in use",
      }),
    },
  ],
};
