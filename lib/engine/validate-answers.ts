import { answersDocumentSchema, type Answer, type AnswersDocument } from "../schemas/answers";
import { migrateAnswersDocument } from "../schemas/migrate-answers-document";
import type { Locale } from "../schemas/common";
import type { AnswerableQuestion } from "../schemas/question";
import { describeZodError, formatPath, quoteSafely, ROOT_PATH } from "./describe-zod-issue";
import type { EngineContent } from "./types";

export interface ValidationIssue {
  /** The field, e.g. "answers.dt-data-access" or "project.title". */
  path: string;
  /** What is wrong, in the user's language, without the path. */
  message: string;
}

export type ValidationResult = { ok: true; doc: AnswersDocument } | { ok: false; issues: ValidationIssue[] };

/** More issues than this are summed up in one last issue: nobody reads five hundred. */
export const MAX_ISSUES = 50;

function capIssues(issues: ValidationIssue[], locale: Locale): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - (MAX_ISSUES - 1);
  return [
    ...issues.slice(0, MAX_ISSUES - 1),
    {
      path: ROOT_PATH[locale],
      message: locale === "da" ? `og ${more} problemer mere` : `and ${more} more problems`,
    },
  ];
}

interface QuestionShape {
  optionIds: readonly string[];
  multi: boolean;
}

function shapeOf(question: AnswerableQuestion, content: Pick<EngineContent, "vocabulary">): QuestionShape {
  if (question.section !== "profile") {
    return { optionIds: question.options.map((option) => option.id), multi: false };
  }
  const attribute = content.vocabulary.find((candidate) => candidate.id === question.attribute);
  return {
    optionIds: attribute?.values.map((value) => value.id) ?? [],
    multi: attribute?.cardinality === "multi",
  };
}

function checkAnswer(
  question: AnswerableQuestion,
  answer: Answer,
  shape: QuestionShape,
  locale: Locale,
): string[] {
  const da = locale === "da";
  const unknownOption = (value: string): string =>
    da ? `ukendt svarmulighed ${JSON.stringify(value)}` : `unknown option ${JSON.stringify(value)}`;
  switch (answer.type) {
    case "option":
      if (shape.multi) {
        return [
          da
            ? 'spørgsmålet tager flere svar: brug "options" med en liste af svarmuligheder'
            : 'the question takes several answers: use "options" with a list of options',
        ];
      }
      return shape.optionIds.includes(answer.value) ? [] : [unknownOption(answer.value)];
    case "options": {
      if (!shape.multi) {
        return [
          da
            ? 'spørgsmålet tager kun ét svar: brug "option" med én svarmulighed'
            : 'the question takes one answer only: use "option" with one option',
        ];
      }
      const unknown = answer.values.filter((value) => !shape.optionIds.includes(value));
      const repeated = answer.values.filter((value, index) => answer.values.indexOf(value) !== index);
      return [
        ...[...new Set(unknown)].map(unknownOption),
        ...[...new Set(repeated)].map((value) =>
          da
            ? `svarmuligheden ${JSON.stringify(value)} er valgt mere end én gang`
            : `the option ${JSON.stringify(value)} is chosen more than once`,
        ),
      ];
    }
    case "dont-know":
      return question.offersDontKnow
        ? []
        : [
            da
              ? '"ved ikke" kan ikke vælges til dette spørgsmål'
              : '"don\'t know" is not offered for this question',
          ];
    case "not-applicable":
      return question.offersNotApplicable
        ? []
        : [
            da
              ? '"ikke relevant" kan ikke vælges til dette spørgsmål'
              : '"not applicable" is not offered for this question',
          ];
  }
}

/**
 * zod passes over an own "__proto__" key of a record without a word (copying it would replace the
 * result's prototype), so an answer under that key would vanish silently. It is no valid id:
 * report it as zod reports any other.
 */
function describeSkippedAnswerKeys(doc: unknown, locale: Locale): ValidationIssue[] {
  if (typeof doc !== "object" || doc === null || !Object.hasOwn(doc, "answers")) return [];
  const answers: unknown = (doc as { answers: unknown }).answers;
  if (typeof answers !== "object" || answers === null || !Object.hasOwn(answers, "__proto__")) return [];
  const path = ["answers", "__proto__"];
  return describeZodError(
    [{ code: "invalid_key", origin: "record", issues: [], input: "__proto__", path, message: "" }],
    locale,
  );
}

/** What checking an answers document reads of the content: its questions and their options. */
export type AnswersContent = Pick<EngineContent, "vocabulary"> & { questions: readonly AnswerableQuestion[] };

/**
 * Checks an answers document: first its structure (the answers schema), then against the content:
 * unknown questions and options, "options" for a single-choice question or "option" for a
 * multi-choice one, and "don't know" / "not applicable" where the question does not offer them.
 * Messages are in `locale` and name the field. Nothing is dropped or repaired: a document either
 * passes whole or the user learns what to fix.
 */
export function validateAnswers(raw: unknown, content: AnswersContent, locale: Locale): ValidationResult {
  const doc = migrateAnswersDocument(raw);
  const parsed = answersDocumentSchema.safeParse(doc, { reportInput: true });
  const skipped = describeSkippedAnswerKeys(doc, locale);
  if (!parsed.success) {
    return {
      ok: false,
      issues: capIssues([...describeZodError(parsed.error.issues, locale), ...skipped], locale),
    };
  }

  const questions = new Map(content.questions.map((question) => [question.id, question]));
  const issues: ValidationIssue[] = [...skipped];
  for (const [questionId, answer] of Object.entries(parsed.data.answers)) {
    const path = formatPath(["answers", questionId], locale);
    const question = questions.get(questionId);
    if (!question) {
      issues.push({ path, message: locale === "da" ? "ukendt spørgsmål" : "unknown question" });
      continue;
    }
    for (const message of checkAnswer(question, answer, shapeOf(question, content), locale)) {
      issues.push({ path, message });
    }
  }
  return issues.length > 0
    ? { ok: false, issues: capIssues(issues, locale) }
    : { ok: true, doc: parsed.data };
}

function locateJsonError(text: string, message: string, locale: Locale): string {
  const da = locale === "da";
  const at = /at position (\d+)/.exec(message);
  const where = (() => {
    if (!at?.[1]) return "";
    const position = Number(at[1]);
    const before = text.slice(0, position).split("\n");
    const line = before.length;
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    return da ? ` (linje ${line}, kolonne ${column})` : ` (line ${line}, column ${column})`;
  })();
  const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
  if (/Unexpected end of JSON input/.test(message)) {
    return da
      ? "ikke gyldig JSON: teksten slutter, før den er færdig"
      : "not valid JSON: the text ends before it is complete";
  }
  if (/Unterminated string/.test(message)) {
    return da
      ? `ikke gyldig JSON: en tekst mangler sit afsluttende anførselstegn${where}`
      : `not valid JSON: a text is missing its closing quotation mark${where}`;
  }
  if (token !== undefined) {
    const shown = quoteSafely(JSON.stringify(token));
    return da
      ? `ikke gyldig JSON: uventet tegn ${shown}${where}`
      : `not valid JSON: unexpected character ${shown}${where}`;
  }
  return da ? `ikke gyldig JSON${where}` : `not valid JSON${where}`;
}

/** Parses JSON text (a leading byte order mark is allowed), turning a syntax error into an issue. */
export function parseJsonText(
  text: string,
  locale: Locale,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") {
    return {
      ok: false,
      issues: [{ path: ROOT_PATH[locale], message: locale === "da" ? "er tomt" : "is empty" }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: ROOT_PATH[locale], message: locateJsonError(source, message, locale) }],
    };
  }
}
