import * as z from "zod/mini";
import {
  countLineBreaks,
  fitsNotesBudget,
  hasVisibleCharacter,
  limits,
  notesTotals,
} from "@/lib/schemas/answers";
import type { QuestionStepId } from "@/lib/storage/steps";

/** Translates a validation message key (assessment.validation.*) into the user's language. */
export type ValidationMessages = (
  key:
    | "titleRequired"
    | "titleTooLong"
    | "organisationTooLong"
    | "descriptionTooLong"
    | "descriptionTooManyLines"
    | "noteTooLong"
    | "noteTooManyLines"
    | "notesOverBudget",
  values: { max: number; lines?: number; length?: number; lineBreaks?: number },
) => string;

/** The notes' characters and line breaks on the document's other steps. */
export interface NotesElsewhere {
  length: number;
  lineBreaks: number;
}

/**
 * The form of one questionnaire step. Questions may be skipped, so only what the answers
 * document cannot hold is an error: a missing or too long project title, texts that are longer
 * than the document allows, and notes that with those on the other steps (`notesElsewhere`) are
 * over the budget for all notes together (each note on this step is then marked: shortening any
 * note helps). The messages come in the user's language.
 */
export function buildStepSchema(
  step: QuestionStepId,
  message: ValidationMessages,
  notesElsewhere: NotesElsewhere = { length: 0, lineBreaks: 0 },
) {
  // Each message is put into words when its error occurs, not for every check when the form opens:
  // the first number formatted sets up Intl's formatter, a visible part of a phone's first step.
  const max = (key: Parameters<ValidationMessages>[0], limit: number) => ({
    error: () => message(key, { max: limit }),
  });
  const lines = (key: Parameters<ValidationMessages>[0], limit: number) =>
    z.refine<string>((text) => countLineBreaks(text) <= limit, max(key, limit));
  const project =
    step === "profile"
      ? z.object({
          title: z.string().check(
            z.trim(),
            z.minLength(1, max("titleRequired", limits.titleLength)),
            z.maxLength(limits.titleLength, max("titleTooLong", limits.titleLength)),
            z.refine<string>(
              (text) => text === "" || hasVisibleCharacter(text),
              max("titleRequired", limits.titleLength),
            ),
          ),
          organisation: z
            .string()
            .check(
              z.trim(),
              z.maxLength(limits.organisationLength, max("organisationTooLong", limits.organisationLength)),
            ),
          description: z
            .string()
            .check(
              z.maxLength(limits.descriptionLength, max("descriptionTooLong", limits.descriptionLength)),
              lines("descriptionTooManyLines", limits.descriptionLineBreaks),
            ),
        })
      : z.object({ title: z.string(), organisation: z.string(), description: z.string() });
  const notesBudget = z.superRefine<Record<string, { note: string }>>((answers, context) => {
    const here = notesTotals(answers);
    const totals = {
      length: here.length + notesElsewhere.length,
      lineBreaks: here.lineBreaks + notesElsewhere.lineBreaks,
    };
    if (fitsNotesBudget(totals)) return;
    const error = message("notesOverBudget", {
      max: limits.notesTotalLength,
      lines: limits.notesTotalLineBreaks,
      ...totals,
    });
    for (const [id, answer] of Object.entries(answers)) {
      if (answer.note === "") continue;
      context.addIssue({ code: "custom", input: answer.note, path: [id, "note"], message: error });
    }
  });
  return z.object({
    project,
    answers: z
      .record(
        z.string(),
        z.object({
          choice: z.string(),
          choices: z.array(z.string()),
          note: z
            .string()
            .check(
              z.maxLength(limits.noteLength, max("noteTooLong", limits.noteLength)),
              lines("noteTooManyLines", limits.noteLineBreaks),
            ),
        }),
      )
      .check(notesBudget),
  });
}

export type StepSchema = ReturnType<typeof buildStepSchema>;
export type StepFormInput = z.input<StepSchema>;
export type StepFormOutput = z.output<StepSchema>;
