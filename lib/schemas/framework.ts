import { z } from "zod";
import {
  adviceIdSchema,
  caseIdSchema,
  idSchema,
  localizedTextSchema,
  prerequisiteIdSchema,
  readinessLevelIdSchema,
} from "./common";
import { conditionSchema } from "./condition";

export const prerequisiteSchema = z
  .object({
    id: prerequisiteIdSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    /** What the catalogue says about it, in our own words. */
    catalogueSays: localizedTextSchema,
  })
  .strict();
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const adviceSchema = z
  .object({
    id: adviceIdSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    catalogueSays: localizedTextSchema,
  })
  .strict();
export type Advice = z.infer<typeof adviceSchema>;

export const readinessLevelSchema = z
  .object({
    id: readinessLevelIdSchema,
    /** Lowest overall score (0-100) that reaches this level. */
    minScore: z.number().min(0).max(100),
    label: localizedTextSchema,
    meaning: localizedTextSchema,
  })
  .strict();
export type ReadinessLevel = z.infer<typeof readinessLevelSchema>;

/** An answer pattern that stops a project whatever else is strong. */
export const blockerSchema = z
  .object({
    id: idSchema,
    prerequisite: prerequisiteIdSchema,
    when: conditionSchema,
    /** The highest readiness level a project with this blocker can reach. */
    capsAt: readinessLevelIdSchema,
    title: localizedTextSchema,
    why: localizedTextSchema,
    action: localizedTextSchema,
    case: caseIdSchema.optional(),
  })
  .strict();
export type Blocker = z.infer<typeof blockerSchema>;

/** A rule that lowers an advice check to warn or fail when its condition holds. */
export const adviceRuleSchema = z
  .object({
    id: idSchema,
    advice: adviceIdSchema,
    when: conditionSchema,
    outcome: z.enum(["warn", "fail"]),
    reason: localizedTextSchema,
  })
  .strict();
export type AdviceRule = z.infer<typeof adviceRuleSchema>;
