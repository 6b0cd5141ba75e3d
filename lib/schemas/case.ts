import { z } from "zod";
import {
  caseIdSchema,
  idSchema,
  localizedTextSchema,
  prerequisiteIdSchema,
} from "./common";
import { attributeIdSchema } from "./vocabulary";

/** A figure as the catalogue states it. `approximate` mirrors "ca." / "about". */
export const figureSchema = z
  .object({
    value: z.number(),
    /** Upper end when the catalogue gives a range ("5-6 årsværk"). */
    max: z.number().optional(),
    unit: z.enum(["percent", "minutes", "hours", "days", "weeks", "months", "count", "dkk", "fte", "times", "km"]),
    approximate: z.boolean().default(false),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

/** Money or effort: a stated amount, a stated range, or explicitly not stated. */
export const economicFigureSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("amount"),
      value: z.number().nonnegative(),
      unit: z.enum(["dkk", "fte"]),
      approximate: z.boolean().default(false),
      /** What the amount is per, when it is not per year/project ("per detected risk pregnancy"). */
      per: localizedTextSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("range"),
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
      unit: z.enum(["dkk", "fte"]),
      approximate: z.boolean().default(false),
      per: localizedTextSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("not-stated"),
      /** Why: the catalogue says not stated, not computed, not isolable, or not yet implemented. */
      reason: z.enum(["not-stated", "not-computed", "not-isolable", "not-implemented"]),
      note: localizedTextSchema.optional(),
    })
    .strict(),
]);
export type EconomicFigure = z.infer<typeof economicFigureSchema>;

export const effectSchema = z
  .object({
    kind: z.enum(["time", "quality", "economy"]),
    /** The catalogue's headline effect of this kind (shown on cards). */
    headline: z.boolean(),
    text: localizedTextSchema,
    figures: z.array(figureSchema),
  })
  .strict();
export type Effect = z.infer<typeof effectSchema>;

/**
 * A case's profile in the vocabulary of the profile questions. `null` means the catalogue does
 * not say; matching then leaves the attribute out rather than guess.
 */
export const caseProfileValueSchema = z.union([idSchema, z.array(idSchema).min(1), z.null()]);
export type CaseProfileValue = z.infer<typeof caseProfileValueSchema>;

export const caseProfileSchema = z.record(attributeIdSchema, caseProfileValueSchema);

export const caseStudySchema = z
  .object({
    id: caseIdSchema,
    /** Position in the catalogue (1-6); also the deterministic tie-break in matching. */
    order: z.number().int().min(1).max(6),
    organisation: localizedTextSchema,
    title: localizedTextSchema,
    background: localizedTextSchema,
    solution: localizedTextSchema,
    technologyLabel: localizedTextSchema,
    domainLabel: localizedTextSchema,
    status: z
      .object({
        inOperation: z.boolean(),
        startYear: z.number().int().min(2000).max(2100),
        period: localizedTextSchema,
        note: localizedTextSchema.optional(),
      })
      .strict(),
    effects: z.array(effectSchema).min(3),
    economics: z
      .object({
        investment: economicFigureSchema,
        annualOperation: economicFigureSchema,
        annualSaving: economicFigureSchema,
        note: localizedTextSchema.optional(),
      })
      .strict(),
    prerequisites: z.record(prerequisiteIdSchema, localizedTextSchema),
    profile: caseProfileSchema,
    /** Why the profile was classified as it was, where the catalogue is not explicit. */
    profileNotes: z.array(localizedTextSchema).default([]),
    source: z
      .object({
        document: z.string().min(1),
        publisher: z.string().min(1),
        section: localizedTextSchema,
        note: localizedTextSchema.optional(),
      })
      .strict(),
  })
  .strict();
export type CaseStudy = z.infer<typeof caseStudySchema>;
export type CaseStudyInput = z.input<typeof caseStudySchema>;
