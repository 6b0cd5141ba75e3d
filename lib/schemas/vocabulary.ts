import * as z from "zod/mini";
import { idSchema, localizedTextSchema } from "./common";

/**
 * The profile vocabulary: one set of attributes and values that both the profile questions and
 * the six cases use, so that matching and the legal triage compare like with like.
 */
export const attributeIdSchema = z.enum([
  "organisation-kind",
  "domain",
  "technology",
  "data-types",
  "personal-data",
  "audience",
  "ai-role",
  "annual-volume",
  "sourcing",
  "processing-location",
  "use-areas",
  "profiling",
]);
export type AttributeId = z.infer<typeof attributeIdSchema>;
export const attributeIds = attributeIdSchema.options;

export const attributeValueSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  /** Rank on an ordered scale (volume bands); absent for unordered values. */
  rank: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type AttributeValue = z.infer<typeof attributeValueSchema>;

export const attributeSchema = z.object({
  id: attributeIdSchema,
  label: localizedTextSchema,
  /** "single": one value; "multi": a set of values. */
  cardinality: z.enum(["single", "multi"]),
  /** "ordinal" values carry a rank, and near values count as partly alike. */
  scale: z.enum(["nominal", "ordinal"]),
  /** How much the attribute counts when comparing a project with a case (0 = not used). */
  matchWeight: z.number().check(z.nonnegative()),
  values: z.array(attributeValueSchema).check(z.minLength(2)),
});
export type Attribute = z.infer<typeof attributeSchema>;

export const vocabularySchema = z.array(attributeSchema);
export type Vocabulary = z.infer<typeof vocabularySchema>;
