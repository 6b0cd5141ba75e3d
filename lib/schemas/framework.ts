import * as z from "zod/mini";
import {
  actionOwnerIdSchema,
  adviceIdSchema,
  caseIdSchema,
  idSchema,
  localizedTextSchema,
  planGateIdSchema,
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
  /**
   * Shown instead of title and why when the blocker fires only because an answer is "don't know"
   * or missing: it says what is not clarified, never a state the user did not claim.
   */
  ifUnknown: z.optional(z.strictObject({ title: localizedTextSchema, why: localizedTextSchema })),
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

/**
 * The improvement plan's action for one scored question: what it does (a short title that starts
 * with a verb), who usually owns it and the gate it belongs to when no blocker or advice check
 * moves it forward.
 */
export const planActionSchema = z.strictObject({
  question: idSchema,
  title: localizedTextSchema,
  owner: actionOwnerIdSchema,
  gate: planGateIdSchema,
  /**
   * A different action for particular answers (the first that matches wins): data that does not
   * exist yet calls for collecting it, not for negotiating access.
   */
  forAnswers: z.optional(
    z.array(
      z.strictObject({
        in: z.array(idSchema).check(z.minLength(1)),
        title: localizedTextSchema,
        recommendation: localizedTextSchema,
        owner: actionOwnerIdSchema,
        gate: planGateIdSchema,
      }),
    ),
  ),
});
export type { ActionOwnerId, PlanGateId } from "./common";
export type PlanActionContent = z.infer<typeof planActionSchema>;
