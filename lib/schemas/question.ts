import * as z from "zod/mini";
import { adviceIdSchema, caseIdSchema, idSchema, localizedTextSchema, prerequisiteIdSchema } from "./common";
import { conditionSchema } from "./condition";
import { attributeIdSchema } from "./vocabulary";

// Also here for the server's code and the tests; the browser's code imports them from
// question-kind.ts, which builds no schemas.
export { isScored, specialAnswerIds } from "./question-kind";

/** An option of a scored question. Points run from 0 (weakest) to the question's best. */
export const scoredOptionSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  points: z.number().check(z.int(), z.gte(0), z.lte(4)),
});
export type ScoredOption = z.infer<typeof scoredOptionSchema>;

const questionBase = {
  id: idSchema,
  text: localizedTextSchema,
  /** Plain help text shown under the question. */
  help: localizedTextSchema,
  /** A published case that illustrates the question, shown with the help text. */
  caseExample: z.optional(z.object({ case: caseIdSchema, text: localizedTextSchema })),
  /** The help and example start unfolded: the question is hard to answer without them. */
  helpOpen: z.optional(z.boolean()),
  /** Shown only when this holds; hidden answers are kept but not scored. */
  showIf: z.optional(conditionSchema),
  /** The public sources (ids in content/public-sources.ts) the question and its help text rest on. */
  sources: z.optional(z.array(idSchema).check(z.minLength(1))),
  offersDontKnow: z.boolean(),
  offersNotApplicable: z.boolean(),
};

/**
 * A profile question is not scored. Its options are the values of one vocabulary attribute, so
 * the questions and the cases can never drift apart.
 */
export const profileQuestionSchema = z.strictObject({
  ...questionBase,
  section: z.literal("profile"),
  attribute: attributeIdSchema,
});
export type ProfileQuestion = z.infer<typeof profileQuestionSchema>;

/** A scored question belongs to one prerequisite or one piece of advice. */
export const scoredQuestionSchema = z.strictObject({
  ...questionBase,
  /** Every section but the profile, in the questionnaire's order. */
  section: z.enum([...prerequisiteIdSchema.options, ...adviceIdSchema.options]),
  options: z.array(scoredOptionSchema).check(z.minLength(2)),
  /** Relative weight within its section. */
  weight: z.number().check(z.positive(), z.lte(3)),
  /** What to do when the answer is weak or "don't know": the improvement plan's text. */
  recommendation: localizedTextSchema,
  /** A case that shows how it was done, cited in the improvement plan. */
  recommendationCase: z.optional(caseIdSchema),
});
export type ScoredQuestion = z.infer<typeof scoredQuestionSchema>;

export const questionSchema = z.union([profileQuestionSchema, scoredQuestionSchema]);
export type Question = z.infer<typeof questionSchema>;

/**
 * A question without what is shown only while answering it (its help text and case example):
 * what the engine and the results read. A full question is one too.
 */
export type ProfileQuestionCore = Omit<ProfileQuestion, "help" | "caseExample">;
export type ScoredQuestionCore = Omit<ScoredQuestion, "help" | "caseExample">;
export type QuestionCore = ProfileQuestionCore | ScoredQuestionCore;

/**
 * What asking a question and checking its answer read: a question without its help texts and
 * without the improvement plan's recommendation. Every question above is one too.
 */
export type AnswerableQuestion =
  ProfileQuestionCore | Omit<ScoredQuestionCore, "recommendation" | "recommendationCase">;
