import * as z from "zod/mini";
import { idSchema, localizedTextSchema } from "./common";

export const legalSourceSchema = z.strictObject({
  title: localizedTextSchema,
  /** A citation a lawyer can look up (e.g. "EUR-Lex OJ L 2024/1689, Article 5"). */
  citation: localizedTextSchema,
});

/** One rule the legal triage relies on, with its article and source. */
export const legalRuleSchema = z.strictObject({
  id: idSchema,
  instrument: z.enum(["ai-act", "gdpr", "danish-law", "guidance"]),
  /** The article or paragraph, as written in each language ("Artikel 6, stk. 3" / "Article 6(3)"). */
  reference: localizedTextSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  source: legalSourceSchema,
});
export type LegalRule = z.infer<typeof legalRuleSchema>;

/**
 * What a dated fact concerns; the triage shows a date only when its scope applies to the project
 * (an undetermined class shows them all).
 */
export const legalDateScopes = [
  "every-ai-system",
  "prohibited",
  "transparency",
  "generative-marking",
  "intimate-image-ban",
  "high-risk-annex-iii",
  "high-risk-annex-i",
  "high-risk-public-authority",
  "sandboxes",
] as const;
export type LegalDateScope = (typeof legalDateScopes)[number];

/** A dated fact that may change (application dates): always shown with the day it was last checked. */
export const legalDateSchema = z.strictObject({
  id: idSchema,
  date: z.iso.date(),
  status: z.enum(["in-force", "scheduled", "proposed"]),
  appliesTo: z.array(z.enum(legalDateScopes)).check(z.minLength(1)),
  /** The day this date was last checked against its source. */
  checkedOn: z.iso.date(),
  text: localizedTextSchema,
  source: legalSourceSchema,
});
export type LegalDate = z.infer<typeof legalDateSchema>;

/** Sentences by key: every key named here, every text in both languages (a missing one fails the content). */
function textsSchema<const Key extends string>(keys: readonly Key[]) {
  return z.strictObject(
    Object.fromEntries(keys.map((key) => [key, localizedTextSchema])) as Record<
      Key,
      typeof localizedTextSchema
    >,
  );
}

/**
 * Every sentence the legal triage writes (content/ai-act-rules.ts, content/dpia-criteria.ts,
 * content/legal-triage-texts.ts): the engine chooses and fills them, and they travel with the
 * content, so a page's browser gets them in its own language in the content file, not as script.
 */
export const legalTextsSchema = z.strictObject({
  aiAct: textsSchema([
    "transparencyCitizens",
    "transparencyGenerative",
    "transparencyEmotion",
    "annexIiiArea",
    "exceptionRoleUnanswered",
    "exceptionBiometric",
    "exceptionMonitoring",
    "exceptionRoleInfluences",
    "exceptionRoleIsTheUse",
    "exceptionProfiling",
    "exceptionProfilingUnsettled",
    "exceptionMayApply",
    "deployerDuties",
    "providerHighRisk",
    "providerException",
    "deployerBought",
    "sourcingUnanswered",
    "literacy",
    "biometricVerification",
    "annexI",
    "prohibited",
    "useAreasUnanswered",
    "transparencyClass",
    "transparencyUnanswered",
    "minimal",
  ]),
  triage: textsSchema([
    "friaApplies",
    "registration",
    "friaCriticalInfrastructure",
    "friaIfExceptionFails",
    "automatedDecisionGdpr",
    "automatedDecisionAdministrativeLaw",
    "humanDecides",
  ]),
  dpia: textsSchema([
    "automatedDecisionGround",
    "sensitiveLargeScaleGround",
    "datatilsynetListGround",
    "openCriteria",
    "onlyInnovative",
    "highRiskInput",
    "noPersonalData",
    "personalDataUnanswered",
  ]),
  /** The Annex III use areas that matter to public bodies, each with its point in the annex. */
  annexIiiPoints: z.record(z.string(), localizedTextSchema),
  /** The Article 5 practices among the use areas, each with its point in the article. */
  prohibitedPractices: z.record(z.string(), localizedTextSchema),
});
export type LegalTexts = z.infer<typeof legalTextsSchema>;

export const legalContentSchema = z.strictObject({
  /** Bumped whenever a rule or date changes; shown in every result. */
  version: z.string().check(z.minLength(1)),
  reviewedOn: z.iso.date(),
  rules: z.array(legalRuleSchema).check(z.minLength(1)),
  dates: z.array(legalDateSchema).check(z.minLength(1)),
  authorities: localizedTextSchema,
  texts: legalTextsSchema,
});
export type LegalContent = z.infer<typeof legalContentSchema>;
