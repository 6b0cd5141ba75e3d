import * as z from "zod/mini";
import { businessCaseEstimateSchema } from "./business-case-estimate";
import { idSchema, localeSchema } from "./common";

/** The answers document's format version. Bump it and add a migration when the shape changes. */
export const ANSWERS_SCHEMA_VERSION = 3;

/**
 * What one document may hold. The line-break limits bound the report's cost: a line is a box
 * for the PDF layout, and a note of 500 one-letter lines took as long to lay out as the rest of
 * the report forty times over. Title and organisation are one line each (the cover has room for
 * no more); description and notes may be short lists. The notes together have a budget of their
 * own: every question with a note at its longest (81,000 characters, 2,430 line breaks) made a
 * 49-page report that took more than a second (docs/performance.md).
 */
export const limits = {
  titleLength: 200,
  organisationLength: 200,
  descriptionLength: 5000,
  descriptionLineBreaks: 60,
  noteLength: 1000,
  noteLineBreaks: 30,
  notesTotalLength: 20_000,
  notesTotalLineBreaks: 400,
  maxAnswers: 200,
  maxChoices: 30,
  respondentLength: 100,
  versionLength: 40,
  maxBlockers: 100,
  maxParticipants: 8,
} as const;

const lineBreak = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** The number of line breaks in a text (CR LF counts as one). */
export function countLineBreaks(text: string): number {
  return text.match(lineBreak)?.length ?? 0;
}

/** A text's lines, split at every kind of line break that countLineBreaks counts. */
export function splitLines(text: string): string[] {
  return text.split(lineBreak);
}

/** Whether a text shows anything: a letter, digit, punctuation mark or symbol, not only spaces and invisible characters. */
export function hasVisibleCharacter(text: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(text);
}

/** The rules of a text check, carried on its issue so that a message can name them. */
export type TextRule =
  | { rule: "line-breaks"; max: number }
  | { rule: "visible" }
  | { rule: "notes-total"; length: number; lineBreaks: number };

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

/** The notes of all answers together: their characters and their line breaks. */
export function notesTotals(answers: Readonly<Record<string, { note?: string | undefined }>>): {
  length: number;
  lineBreaks: number;
} {
  let length = 0;
  let lineBreaks = 0;
  for (const answer of Object.values(answers)) {
    if (!answer.note) continue;
    length += answer.note.length;
    lineBreaks += countLineBreaks(answer.note);
  }
  return { length, lineBreaks };
}

/** Whether notes of these totals fit the document's budget for all notes together. */
export function fitsNotesBudget(totals: { length: number; lineBreaks: number }): boolean {
  return totals.length <= limits.notesTotalLength && totals.lineBreaks <= limits.notesTotalLineBreaks;
}

/**
 * The answers without the budget for all notes together: what a draft in the browser may hold
 * while the user shortens notes (the questionnaire says so where the notes are written).
 */
export const draftAnswersSchema = z.record(idSchema, answerSchema).check(
  z.refine((answers) => Object.keys(answers).length <= limits.maxAnswers, {
    message: `at most ${limits.maxAnswers} answers`,
  }),
);

/** The answers of a finished document: within the record's limits and the notes' budget. */
export const answersSchema = draftAnswersSchema.check(
  z.superRefine((answers, context) => {
    const totals = notesTotals(answers);
    if (fitsNotesBudget(totals)) return;
    context.addIssue({
      code: "custom",
      input: answers,
      params: { rule: "notes-total", ...totals } satisfies TextRule,
    });
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
 * A project's identity (version 3 on): made once, with crypto.randomUUID, when a project is
 * started, and kept by export, import, copies and shared links, so that the files of one project
 * group and one project's files over time can be recognised as the same project. Documents
 * migrated from version 1 or 2 get one derived from when they were created (see the migration).
 */
export const projectIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{7,63}$/));

/** Who answered, for a project group's side-by-side view (version 3 on). Both may be empty. */
export const respondentSchema = z.strictObject({
  name: z._default(z.string().check(z.trim(), z.maxLength(limits.respondentLength), maxLineBreaks(0)), ""),
  role: z._default(z.string().check(z.trim(), z.maxLength(limits.respondentLength), maxLineBreaks(0)), ""),
});
export type Respondent = z.infer<typeof respondentSchema>;

const scoreSchema = z.nullable(z.number().check(z.gte(0), z.lte(100)));
const versionText = z.string().check(z.minLength(1), z.maxLength(limits.versionLength));

/**
 * A small summary of the result last computed from the document (version 3 on), with the model
 * and content versions it was computed under: when these are older than the tool's, the product
 * says what the result now says differently instead of changing silently.
 */
export const resultSummarySchema = z.strictObject({
  modelVersion: versionText,
  contentVersion: versionText,
  computedAt: z.iso.datetime({ offset: true }),
  level: z.nullable(idSchema),
  overall: scoreSchema,
  scores: z.record(idSchema, scoreSchema),
  blockerIds: z.array(idSchema).check(z.maxLength(limits.maxBlockers)),
});
export type ResultSummary = z.infer<typeof resultSummarySchema>;

/**
 * How a project group settled its disagreements (version 3 on): written when a consensus
 * document is made from several participants' files on the team page, and listed in the report.
 * `answers` holds each participant's answer in `participants` order (null: not answered).
 */
export const consensusSchema = z.strictObject({
  settledAt: z.iso.datetime({ offset: true }),
  participants: z.array(respondentSchema).check(z.minLength(2), z.maxLength(limits.maxParticipants)),
  disagreements: z
    .array(
      z.strictObject({
        questionId: idSchema,
        answers: z.array(z.nullable(answerSchema)).check(z.maxLength(limits.maxParticipants)),
        chosen: answerSchema,
      }),
    )
    .check(z.maxLength(limits.maxAnswers)),
});
export type Consensus = z.infer<typeof consensusSchema>;

/**
 * The answers document: what the browser autosaves, what the user exports and imports, and what
 * the API and CLI take. This schema is the single source of its type and of docs/answers.schema.json.
 */
export const answersDocumentSchema = z.strictObject({
  schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION),
  /** The project's identity (version 3 on); the product always writes one, other tools may leave it out. */
  projectId: z.optional(projectIdSchema),
  language: localeSchema,
  project: projectSchema,
  /** Who answered this copy (version 3 on). */
  respondent: z.optional(respondentSchema),
  answers: answersSchema,
  /** The user's own first business case (version 2 on); see lib/business-case. */
  businessCase: z.optional(businessCaseEstimateSchema),
  /** The result last computed from these answers (version 3 on). */
  lastResult: z.optional(resultSummarySchema),
  /** The disagreements a project group settled to make this document (version 3 on). */
  consensus: z.optional(consensusSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AnswersDocument = z.infer<typeof answersDocumentSchema>;
export type AnswersDocumentInput = z.input<typeof answersDocumentSchema>;
