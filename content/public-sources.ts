import type { LocalizedText } from "@/lib/schemas/common";
import type { PublicSource } from "@/lib/schemas/public-source";

/**
 * The public sources the generative-AI questions, their help texts and rules rest on. Each id has
 * an entry in docs/sources/genai-sources.md saying what the source says and how it was confirmed
 * (a content test checks both ways). Titles are as published; a date is given only where it was
 * confirmed.
 */

const EUR_LEX_AI_ACT = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_202401689";
const EUR_LEX_GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

const eu: LocalizedText = { da: "Den Europæiske Union", en: "European Union" };

function aiAct(id: string, reference: LocalizedText): PublicSource {
  return {
    id,
    publisher: eu,
    title: "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
    reference,
    url: EUR_LEX_AI_ACT,
  };
}

function gdpr(id: string, reference: LocalizedText): PublicSource {
  return {
    id,
    publisher: eu,
    title: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    reference,
    url: EUR_LEX_GDPR,
  };
}

const catalogueTitle = "Seks AI-cases fra offentlige organisationer";
const digst: LocalizedText = { da: "Digitaliseringsstyrelsen", en: "Danish Agency for Digital Government" };

export const publicSources = [
  {
    id: "digdir-genai",
    publisher: {
      da: "Digitaliseringsdirektoratet (Norge)",
      en: "Norwegian Digitalisation Agency (Digdir)",
    },
    title: "Bruk av generativ kunstig intelligens i offentlig sektor",
    url: "https://www.digdir.no/kunstig-intelligens/bruk-av-generativ-kunstig-intelligens-i-offentlig-sektor/4670",
  },
  {
    id: "digst-ai-guidance",
    publisher: digst,
    title: "Kunstig intelligens – Vejledning og ansvarlig brug",
    url: "https://digst.dk/kunstig-intelligens/",
  },
  {
    id: "datatilsynet-ai-guidance",
    publisher: { da: "Datatilsynet", en: "Danish Data Protection Agency (Datatilsynet)" },
    title: "Vejledning om offentlige myndigheders brug af kunstig intelligens",
  },
  {
    id: "edpb-opinion-28-2024",
    publisher: {
      da: "Det Europæiske Databeskyttelsesråd (EDPB)",
      en: "European Data Protection Board (EDPB)",
    },
    title:
      "Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models",
    date: "2024-12-17",
  },
  aiAct("ai-act-art-3", { da: "Artikel 3, nr. 3 (udbyder)", en: "Article 3(3) (provider)" }),
  aiAct("ai-act-art-4", {
    da: "Artikel 4, som ændret ved Digital Omnibus (procedure 2025/0359(COD))",
    en: "Article 4, as amended by the Digital Omnibus (procedure 2025/0359(COD))",
  }),
  aiAct("ai-act-art-50", {
    da: "Artikel 50; artikel 111 som ændret ved Digital Omnibus",
    en: "Article 50; Article 111 as amended by the Digital Omnibus",
  }),
  aiAct("ai-act-art-53", {
    da: "Artikel 53, stk. 1, litra b-d, og bilag XII",
    en: "Article 53(1)(b)-(d) and Annex XII",
  }),
  gdpr("gdpr-art-5", { da: "Artikel 5 og 6", en: "Articles 5 and 6" }),
  gdpr("gdpr-art-22", { da: "Artikel 22", en: "Article 22" }),
  gdpr("gdpr-art-28", { da: "Artikel 28", en: "Article 28" }),
  gdpr("gdpr-art-32", { da: "Artikel 32", en: "Article 32" }),
  gdpr("gdpr-chapter-5", {
    da: "Kapitel V (overførsel til tredjelande)",
    en: "Chapter V (transfers to third countries)",
  }),
  {
    id: "catalogue-scaling",
    publisher: digst,
    title: catalogueTitle,
    reference: { da: "Forudsætningen »Skalering«", en: "The prerequisite “Skalering” (scaling)" },
  },
  {
    id: "catalogue-start-small",
    publisher: digst,
    title: catalogueTitle,
    reference: { da: "Rådet »Start småt«", en: "The advice “Start småt” (start small)" },
  },
] as const satisfies readonly PublicSource[];

export type PublicSourceId = (typeof publicSources)[number]["id"];
