import * as z from "zod/mini";
import { countLineBreaks, hasVisibleCharacter, limits } from "@/lib/schemas/answers";
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
    | "noteTooManyLines",
  values: { max: number },
) => string;

/**
 * The form of one questionnaire step. Questions may be skipped, so only what the answers
 * document cannot hold is an error: a missing or too long project title, and texts that are
 * longer than the document allows. The messages come in the user's language.
 */
export function buildStepSchema(step: QuestionStepId, message: ValidationMessages) {
  const max = (key: Parameters<ValidationMessages>[0], limit: number) => ({
    error: message(key, { max: limit }),
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
  return z.object({
    project,
    answers: z.record(
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
    ),
  });
}

export type StepSchema = ReturnType<typeof buildStepSchema>;
export type StepFormInput = z.input<StepSchema>;
export type StepFormOutput = z.output<StepSchema>;
