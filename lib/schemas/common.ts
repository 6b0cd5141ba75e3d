import * as z from "zod/mini";

/** The two languages of the product. Danish is the default. */
export const localeSchema = z.enum(["da", "en"]);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "da";

/** A text in both languages. Every user-facing text in content/ is one of these. */
export const localizedTextSchema = z.object({
  da: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Stable kebab-case identifier: content is addressed by these, never by position. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id"));

export const prerequisiteIdSchema = z.enum([
  "data-technology",
  "organisation",
  "competences",
  "legal",
  "scaling",
]);
export type PrerequisiteId = z.infer<typeof prerequisiteIdSchema>;
export const prerequisiteIds = prerequisiteIdSchema.options;

export const adviceIdSchema = z.enum(["start-small", "legal-early", "data-first"]);
export type AdviceId = z.infer<typeof adviceIdSchema>;
export const adviceIds = adviceIdSchema.options;

export const caseIdSchema = z.enum([
  "naestved",
  "region-hovedstaden",
  "skatteforvaltningen",
  "atp",
  "faxe",
  "prenaital",
]);
export type CaseId = z.infer<typeof caseIdSchema>;
export const caseIds = caseIdSchema.options;

/** The questionnaire's sections in the order they are shown. */
export const sectionIdSchema = z.enum([
  "profile",
  ...prerequisiteIdSchema.options,
  ...adviceIdSchema.options,
]);
export type SectionId = z.infer<typeof sectionIdSchema>;
export const sectionIds = sectionIdSchema.options;

export const readinessLevelIdSchema = z.enum(["not-ready", "early", "nearly-ready", "ready"]);
export type ReadinessLevelId = z.infer<typeof readinessLevelIdSchema>;
/** Lowest first: a level's index is its rank. */
export const readinessLevelIds = readinessLevelIdSchema.options;

/**
 * When an action of the improvement plan must be done: before the project goes on at all, before
 * procurement or the pilot, or before operation and scaling. The plan is grouped by these gates.
 */
export const planGateIdSchema = z.enum([
  "before-go-on",
  "before-procurement-pilot",
  "before-operation-scaling",
]);
export type PlanGateId = z.infer<typeof planGateIdSchema>;
export const planGateIds = planGateIdSchema.options;

/** Who usually owns an action of the plan. */
export const actionOwnerIdSchema = z.enum([
  "management",
  "project-lead",
  "legal-dpo",
  "data-owner",
  "information-security",
  "procurement",
  "domain-expert",
  "it-operations",
]);
export type ActionOwnerId = z.infer<typeof actionOwnerIdSchema>;

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
