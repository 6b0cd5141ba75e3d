import * as z from "zod/mini";
import { caseStudySchema } from "./case";
import {
  adviceRuleSchema,
  adviceSchema,
  blockerSchema,
  planActionSchema,
  prerequisiteSchema,
  readinessLevelSchema,
} from "./framework";
import { legalContentSchema } from "./legal";
import { questionSchema } from "./question";
import { quickCheckSchema } from "./quick-check";
import { attributeIdSchema, vocabularySchema } from "./vocabulary";

/**
 * When a published case counts as close to the project rather than a weak match: a similarity of
 * at least `closeFrom` (0-100) and, on each attribute in `mustShare` that both answered, at least
 * one shared value. A weak match is never presented as a precedent.
 */
export const matchingSchema = z.strictObject({
  closeFrom: z.number().check(z.int(), z.gte(1), z.lte(100)),
  mustShare: z.array(attributeIdSchema),
});
export type Matching = z.infer<typeof matchingSchema>;

/** Everything the engine reads: checked as a whole by tests and by `parseContent`. */
export const contentSchema = z.strictObject({
  /** Bumped whenever questions, points, blockers or rules change. */
  version: z.string().check(z.minLength(1)),
  vocabulary: vocabularySchema,
  prerequisites: z.array(prerequisiteSchema).check(z.length(5)),
  advice: z.array(adviceSchema).check(z.length(3)),
  readinessLevels: z.array(readinessLevelSchema).check(z.length(4)),
  questions: z.array(questionSchema).check(z.minLength(1)),
  blockers: z.array(blockerSchema),
  adviceRules: z.array(adviceRuleSchema),
  /** The improvement plan's title, owner and gate per scored question. */
  planActions: z.array(planActionSchema),
  legal: legalContentSchema,
  matching: matchingSchema,
  cases: z.array(caseStudySchema).check(z.length(6)),
  /** The quick check's questions; without it, a document gets a level only from the full basis. */
  quickCheck: z.optional(quickCheckSchema),
});
export type Content = z.infer<typeof contentSchema>;
export type ContentInput = z.input<typeof contentSchema>;
