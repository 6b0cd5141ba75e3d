import * as z from "zod/mini";
import { businessCaseEstimateSchema } from "./business-case-estimate";
import { idSchema, localeSchema } from "./common";

/** The answers document's format version. Bump it and add a migration when the shape changes. */
export const ANSWERS_SCHEMA_VERSION = 2;

/**
 * What one document may hold. The line-break limits bound the report's cost: a line is a box
 * for the PDF layout, and a note of 500 one-letter lines took as long to lay out as the rest of
 * the report forty times over. Title and organisation are one line each (the cover has room for
 * no more); description and notes may be short lists.
 */
export const limits = {
  titleLength: 200,
  organisationLength: 200,
  descriptionLength: 5000,
  descriptionLineBreaks: 60,
  noteLength: 1000,
  noteLineBreaks: 30,
  maxAnswers: 200,
  maxChoices: 30,
} as const;

const lineBreak = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** The number of line breaks in a text (CR LF counts as one). */
export function countLineBreaks(text: string): number {
  return text.match(lineBreak)?.length ?? 0;
}

/** Whether a text shows anything: a letter, digit, punctuation mark or symbol, not only spaces and invisible characters. */
export function hasVisibleCharacter(text: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
}

/** The rules of a text check, carried on its issue so that a message can name them. */
export type TextRule = { rule: "line-breaks"; max: number } | { rule: "visible" };

/** At most `max` line breaks. */
export function maxLineBreaks(max: number) {
  return z.refine<string>((text) => countLineBreaks(text) <= max, {
    params: { rule: "line-breaks", max } satisfies TextRule,
  });
}

/** At least one visible character. */
export const visibleText = z.refine<string>((text) => text === "" || hasVisibleCharacter(text), {
  params: { rule: "visible" } satisfies TextRule,
});

const note = z.optional(
  z.string().check(z.maxLength(limits.noteLength), maxLineBreaks(limits.noteLineBreaks)),
);

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
  title: z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(limits.titleLength), maxLineBreaks(0), visibleText),
  organisation: z._default(
    z.string().check(z.trim(), z.maxLength(limits.organisationLength), maxLineBreaks(0)),
    "",
  ),
  description: z._default(
    z.string().check(z.maxLength(limits.descriptionLength), maxLineBreaks(limits.descriptionLineBreaks)),
    "",
  ),
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
