import { z } from "zod";
import { idSchema, localeSchema } from "./common";

/** The answers document's format version. Bump it and add a migration when the shape changes. */
export const ANSWERS_SCHEMA_VERSION = 1;

export const limits = {
  titleLength: 200,
  organisationLength: 200,
  descriptionLength: 5000,
  noteLength: 1000,
  maxAnswers: 200,
  maxChoices: 30,
} as const;

const note = z.string().max(limits.noteLength).optional();

/** One answer: an option, a set of options, or one of the two special answers. */
export const answerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("option"), value: idSchema, note }).strict(),
  z
    .object({ type: z.literal("options"), values: z.array(idSchema).max(limits.maxChoices), note })
    .strict(),
  z.object({ type: z.literal("dont-know"), note }).strict(),
  z.object({ type: z.literal("not-applicable"), note }).strict(),
]);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z
  .record(idSchema, answerSchema)
  .refine((answers) => Object.keys(answers).length <= limits.maxAnswers, {
    message: `at most ${limits.maxAnswers} answers`,
  });
export type Answers = z.infer<typeof answersSchema>;

export const projectSchema = z
  .object({
    title: z.string().trim().min(1).max(limits.titleLength),
    organisation: z.string().trim().max(limits.organisationLength).default(""),
    description: z.string().max(limits.descriptionLength).default(""),
  })
  .strict();
export type Project = z.infer<typeof projectSchema>;

/**
 * The answers document: what the browser autosaves, what the user exports and imports, and what
 * the API and CLI take. This schema is the single source of its type and of docs/answers.schema.json.
 */
export const answersDocumentSchema = z
  .object({
    schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION),
    language: localeSchema,
    project: projectSchema,
    answers: answersSchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type AnswersDocument = z.infer<typeof answersDocumentSchema>;
export type AnswersDocumentInput = z.input<typeof answersDocumentSchema>;
