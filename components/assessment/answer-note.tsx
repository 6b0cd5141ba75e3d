"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useFormState, useWatch, type Control } from "react-hook-form";
import { formatNumber } from "@/lib/format/number";
import { limits } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { noteElementId } from "./element-ids";
import type { StepFormInput } from "./step-schema";

interface AnswerNoteProps {
  questionId: string;
  questionText: string;
  /** Whether the question offers "don't know", which the unsaved note's hint then suggests. */
  offersDontKnow: boolean;
  control: Control<StepFormInput>;
}

/** An optional note to an answer, folded away until the user wants it. */
export function AnswerNote({ questionId, questionText, offersDontKnow, control }: AnswerNoteProps) {
  const t = useTranslations("assessment.question");
  const locale = useLocale() as Locale;
  const name = `answers.${questionId}.note` as const;
  const note = useWatch({ control, name }) ?? "";
  const choice = useWatch({ control, name: `answers.${questionId}.choice` as const }) ?? "";
  const choices = useWatch({ control, name: `answers.${questionId}.choices` as const }) ?? [];
  // The answers document keeps a note with its answer: without one, the note is not saved.
  const unsaved = note.trim() !== "" && choice === "" && choices.length === 0;
  const { errors } = useFormState({ control, name });
  const [open, setOpen] = useState(note !== "");
  const error = errors.answers?.[questionId]?.note?.message;
  const id = noteElementId(questionId);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const unsavedId = `${id}-unsaved`;
  const describedBy = [hintId, unsaved ? unsavedId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <details
      className="details mt-4"
      open={open || Boolean(error)}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="details-summary">
        <span className="details-summary-text">
          {note ? t("showNote") : t("addNote")}
          <span className="sr-only">: {questionText}</span>
        </span>
      </summary>
      <div className="details-text">
        <div className={error ? "form-group form-error" : "form-group"}>
          <label className="form-label" htmlFor={id}>
            {t("noteLabel")}
          </label>
          <span className="form-hint" id={hintId}>
            {t("noteHint", {
              max: formatNumber(limits.noteLength, locale),
              lines: formatNumber(limits.noteLineBreaks, locale),
              totalMax: formatNumber(limits.notesTotalLength, locale),
              totalLines: formatNumber(limits.notesTotalLineBreaks, locale),
            })}
          </span>
          {unsaved ? (
            <span className="form-hint" id={unsavedId}>
              <strong>{t(offersDontKnow ? "noteNotSavedDontKnow" : "noteNotSaved")}</strong>
            </span>
          ) : null}
          {error ? (
            <span className="form-error-message" id={errorId}>
              <span className="sr-only">{t("errorPrefix")}</span>
              {error}
            </span>
          ) : null}
          <Controller
            control={control}
            name={name}
            render={({ field }) => (
              <textarea
                {...field}
                value={field.value ?? ""}
                className="form-input"
                id={id}
                rows={3}
                maxLength={limits.noteLength}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
              />
            )}
          />
        </div>
      </div>
    </details>
  );
}
