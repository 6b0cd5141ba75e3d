import type { Locale, LocalizedText } from "../schemas/common";

/**
 * The fixed texts of the report's management summary and of the parts laid out around it (the
 * rest of the plan, the answers table), in Danish and English. Placeholders in braces are filled
 * by `fillText`.
 */
const managementTexts = {
  heading: { da: "Sammenfatning til ledelsen", en: "Management summary" },
  lead: {
    da: "Det vigtigste på to sider: hvor parat projektet er, hvad der stopper det, hvad I skal gøre først, hvad jura siger, og hvad lignende projekter kostede og gav. Resten af rapporten uddyber.",
    en: "The essentials on two pages: how ready the project is, what stops it, what to do first, what the law indicates, and what similar projects cost and achieved. The rest of the report goes into detail.",
  },
  firstActions: { da: "Det første, I skal gøre", en: "What to do first" },
  firstActionsLead: {
    da: "Planens første tre handlinger, efter hvornår de skal være gjort, med den, der typisk står for dem. Resten af planen står i afsnittet »Resten af planen«.",
    en: "The plan's first three actions, by when they must be done, with who usually owns them. The rest of the plan is in the section “The rest of the plan”.",
  },
  firstActionsNone: {
    da: "Planen har ingen handlinger: svarene peger ikke på noget, der mangler.",
    en: "The plan has no actions: the answers point to nothing missing.",
  },
  legal: { da: "Juridisk indikation", en: "Legal indication" },
  legalAiAct: { da: "AI-forordningen", en: "AI Act" },
  legalDpia: { da: "Konsekvensanalyse (DPIA)", en: "Impact assessment (DPIA)" },
  legalFria: { da: "FRIA og registrering", en: "FRIA and registration" },
  legalNote: {
    da: "En indikation ud fra svarene, ikke juridisk rådgivning. Begrundelserne står i afsnittet »Juridisk screening«.",
    en: "An indication from the answers, not legal advice. The reasons are in the section “Legal triage”.",
  },
  cases: {
    da: "De mest lignende cases: hvad de kostede og gav",
    en: "The closest cases: what they cost and achieved",
  },
  casesLead: {
    da: "Tallene er dem, organisationerne selv har oplyst i kataloget. Står der »Ikke oplyst«, har kataloget intet tal.",
    en: "The figures are those the organisations stated in the catalogue. Where it says “Not stated”, the catalogue has no figure.",
  },
  restOfPlan: { da: "Resten af planen", en: "The rest of the plan" },
  restOfPlanLead: {
    da: "Handlingerne er delt efter, hvornår de skal være gjort. Handling {ranks} står i sammenfatningen og gentages ikke her. Sæt kryds, efterhånden som I kommer igennem dem.",
    en: "The actions are grouped by when they must be done. Action {ranks} is in the summary and is not repeated here. Tick them off as you go.",
  },
  restOfPlanLeadMany: {
    da: "Handlingerne er delt efter, hvornår de skal være gjort. Handlingerne {ranks} står i sammenfatningen og gentages ikke her. Sæt kryds, efterhånden som I kommer igennem dem.",
    en: "The actions are grouped by when they must be done. Actions {ranks} are in the summary and are not repeated here. Tick them off as you go.",
  },
  restOfPlanNone: {
    da: "Alle planens handlinger står i sammenfatningen.",
    en: "Every action of the plan is in the summary.",
  },
  lessonsHeading: { da: "Erfaringer fra de mest lignende cases", en: "Lessons from the closest cases" },
  columnNumber: { da: "Nr.", en: "No." },
  columnAnswerAndNote: { da: "Svar og note", en: "Answer and note" },
  and: { da: "og", en: "and" },
  adviceColumn: { da: "Råd", en: "Advice" },
  outcomeColumn: { da: "Resultat", en: "Outcome" },
  reasonsColumn: { da: "Begrundelse", en: "Reasons" },
  topicColumn: { da: "Emne", en: "Topic" },
  indicationColumn: { da: "Indikation", en: "Indication" },
  itemColumn: { da: "Post", en: "Item" },
  amountColumn: { da: "Beløb", en: "Amount" },
  remarkColumn: { da: "Bemærkning", en: "Remark" },
  dateColumn: { da: "Dato", en: "Date" },
  whatColumn: { da: "Hvad der gælder", en: "What applies" },
  caseAndSimilarity: { da: "Case og lighed", en: "Case and similarity" },
} as const satisfies Record<string, LocalizedText>;

export type ManagementTextKey = keyof typeof managementTexts;
export type ManagementTexts = Record<ManagementTextKey, string>;

/** The management summary's fixed texts in one language. */
export function resolveManagementTexts(locale: Locale): ManagementTexts {
  const resolved = {} as ManagementTexts;
  for (const key of Object.keys(managementTexts) as ManagementTextKey[])
    resolved[key] = managementTexts[key][locale];
  return resolved;
}
