import * as z from "zod/mini";
import {
  adviceIdSchema,
  caseIdSchema,
  idSchema,
  localizedTextSchema,
  prerequisiteIdSchema,
  readinessLevelIdSchema,
} from "./common";
import { conditionSchema } from "./condition";

export const prerequisiteSchema = z.strictObject({
  id: prerequisiteIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** What the catalogue says about it, in our own words. */
  catalogueSays: localizedTextSchema,
});
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const adviceSchema = z.strictObject({
  id: adviceIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  catalogueSays: localizedTextSchema,
});
export type Advice = z.infer<typeof adviceSchema>;

export const readinessLevelSchema = z.strictObject({
  id: readinessLevelIdSchema,
  /** Lowest overall score (0-100) that reaches this level. */
  minScore: z.number().check(z.gte(0), z.lte(100)),
  label: localizedTextSchema,
  meaning: localizedTextSchema,
});
export type ReadinessLevel = z.infer<typeof readinessLevelSchema>;

/** An answer pattern that stops a project whatever else is strong. */
export const blockerSchema = z.strictObject({
  id: idSchema,
  prerequisite: prerequisiteIdSchema,
  when: conditionSchema,
  /** The highest readiness level a project with this blocker can reach. */
  capsAt: readinessLevelIdSchema,
  title: localizedTextSchema,
  why: localizedTextSchema,
  action: localizedTextSchema,
  case: z.optional(caseIdSchema),
});
export type Blocker = z.infer<typeof blockerSchema>;

/** A rule that lowers an advice check to warn or fail when its condition holds. */
export const adviceRuleSchema = z.strictObject({
  id: idSchema,
  advice: adviceIdSchema,
  when: conditionSchema,
  outcome: z.enum(["warn", "fail"]),
  reason: localizedTextSchema,
});
export type AdviceRule = z.infer<typeof adviceRuleSchema>;
