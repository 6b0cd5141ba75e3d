import * as z from "zod/mini";
import { businessCaseEstimateSchema } from "./business-case-estimate";
import { idSchema, localeSchema } from "./common";

/** The answers document's format version. Bump it and add a migration when the shape changes. */
export const ANSWERS_SCHEMA_VERSION = 2;

export const limits = {
  titleLength: 200,
  organisationLength: 200,
  descriptionLength: 5000,
  noteLength: 1000,
  maxAnswers: 200,
  maxChoices: 30,
} as const;

const note = z.optional(z.string().check(z.maxLength(limits.noteLength)));

/** One answer: an option, a set of options, or one of the two special answers. */
export const answerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("option"), value: idSchema, note }),
  z.strictObject({
    type: z.literal("options"),
    values: z.array(idSchema).check(z.maxLength(limits.maxChoices)),
    note,
  }),
  z.strictObject({ type: z.literal("dont-know"), note }),
  z.strictObject({ type: z.literal("not-applicable"), note }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(idSchema, answerSchema).check(
  z.refine((answers) => Object.keys(answers).length <= limits.maxAnswers, {
    message: `at most ${limits.maxAnswers} answers`,
  }),
);
export type Answers = z.infer<typeof answersSchema>;

export const projectSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(limits.titleLength)),
  organisation: z._default(z.string().check(z.trim(), z.maxLength(limits.organisationLength)), ""),
  description: z._default(z.string().check(z.maxLength(limits.descriptionLength)), ""),
});
export type Project = z.infer<typeof projectSchema>;

/**
 * The answers document: what the browser autosaves, what the user exports and imports, and what
 * the API and CLI take. This schema is the single source of its type and of docs/answers.schema.json.
 */
export const answersDocumentSchema = z.strictObject({
  schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION),
  language: localeSchema,
  project: projectSchema,
  answers: answersSchema,
  /** The user's own first business case (version 2 on); see lib/business-case. */
  businessCase: z.optional(businessCaseEstimateSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AnswersDocument = z.infer<typeof answersDocumentSchema>;
export type AnswersDocumentInput = z.input<typeof answersDocumentSchema>;
