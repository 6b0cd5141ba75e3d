import * as z from "zod/mini";
import { adviceIdSchema, caseIdSchema, idSchema, localizedTextSchema, prerequisiteIdSchema } from "./common";
import { conditionSchema } from "./condition";
import { attributeIdSchema } from "./vocabulary";

/** A figure as the catalogue states it. `approximate` mirrors "ca." / "about". */
export const figureSchema = z.strictObject({
  value: z.number(),
  /** Upper end when the catalogue gives a range ("5-6 årsværk"). */
  max: z.optional(z.number()),
  unit: z.enum([
    "percent",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "count",
    "dkk",
    "fte",
    "times",
    "km",
  ]),
  approximate: z._default(z.boolean(), false),
});
export type Figure = z.infer<typeof figureSchema>;

/** Money or effort: a stated amount, a stated range, or explicitly not stated. */
export const economicFigureSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("amount"),
    value: z.number().check(z.nonnegative()),
    unit: z.enum(["dkk", "fte"]),
    approximate: z._default(z.boolean(), false),
    /** What the amount is per, when it is not per year/project ("per detected risk pregnancy"). */
    per: z.optional(localizedTextSchema),
    note: z.optional(localizedTextSchema),
  }),
  z.strictObject({
    kind: z.literal("range"),
    min: z.number().check(z.nonnegative()),
    max: z.number().check(z.nonnegative()),
    unit: z.enum(["dkk", "fte"]),
    approximate: z._default(z.boolean(), false),
    per: z.optional(localizedTextSchema),
    note: z.optional(localizedTextSchema),
  }),
  z.strictObject({
    kind: z.literal("not-stated"),
    /** Why: the catalogue says not stated, not computed, not isolable, or not yet implemented. */
    reason: z.enum(["not-stated", "not-computed", "not-isolable", "not-implemented"]),
    note: z.optional(localizedTextSchema),
  }),
]);
export type EconomicFigure = z.infer<typeof economicFigureSchema>;

export const effectSchema = z.strictObject({
  kind: z.enum(["time", "quality", "economy"]),
  /** The catalogue's headline effect of this kind (shown on cards). */
  headline: z.boolean(),
  text: localizedTextSchema,
  figures: z.array(figureSchema),
});
export type Effect = z.infer<typeof effectSchema>;

/**
 * A case's profile in the vocabulary of the profile questions. `null` means the catalogue does
 * not say; matching then leaves the attribute out rather than guess.
 */
export const caseProfileValueSchema = z.union([idSchema, z.array(idSchema).check(z.minLength(1)), z.null()]);
export type CaseProfileValue = z.infer<typeof caseProfileValueSchema>;

export const caseProfileSchema = z.record(attributeIdSchema, caseProfileValueSchema);

/**
 * A lesson the case offers a project with a gap: the prerequisite (and, if any, the piece of advice)
 * it addresses, its text, and when it is relevant. Without `text` it is the case's own note on the
 * prerequisite; with it, it restates another part of the catalogue's text. A prerequisite without
 * any declared lesson offers its note to every project.
 */
export const caseLessonSchema = z.strictObject({
  prerequisite: prerequisiteIdSchema,
  advice: z.optional(adviceIdSchema),
  text: z.optional(localizedTextSchema),
  /** Relevant only to projects whose answers meet this condition (e.g. they process personal data). */
  when: z.optional(conditionSchema),
});
export type CaseLesson = z.infer<typeof caseLessonSchema>;

export const caseStudySchema = z.strictObject({
  id: caseIdSchema,
  /** Position in the catalogue (1-6); also the deterministic tie-break in matching. */
  order: z.number().check(z.int(), z.gte(1), z.lte(6)),
  organisation: localizedTextSchema,
  title: localizedTextSchema,
  background: localizedTextSchema,
  solution: localizedTextSchema,
  technologyLabel: localizedTextSchema,
  domainLabel: localizedTextSchema,
  status: z.strictObject({
    inOperation: z.boolean(),
    startYear: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
    period: localizedTextSchema,
    note: z.optional(localizedTextSchema),
  }),
  effects: z.array(effectSchema).check(z.minLength(3)),
  economics: z.strictObject({
    investment: economicFigureSchema,
    annualOperation: economicFigureSchema,
    annualSaving: economicFigureSchema,
    note: z.optional(localizedTextSchema),
  }),
  prerequisites: z.record(prerequisiteIdSchema, localizedTextSchema),
  /** Lessons in order of preference; see caseLessonSchema. */
  lessons: z._default(z.array(caseLessonSchema), []),
  profile: caseProfileSchema,
  /** Why the profile was classified as it was, where the catalogue is not explicit. */
  profileNotes: z._default(z.array(localizedTextSchema), []),
  source: z.strictObject({
    document: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    section: localizedTextSchema,
    note: z.optional(localizedTextSchema),
  }),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
export type CaseStudyInput = z.input<typeof caseStudySchema>;
