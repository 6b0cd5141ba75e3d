"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { formatNumber } from "@/lib/format/number";
import { notesTotals } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import type { QuestionStepId } from "@/lib/storage/steps";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { useAssessmentStore, useQuestionnaireContent } from "./assessment-context";
import type { SummaryError } from "./error-summary";
import { noteElementId, projectFieldIds } from "./element-ids";
import {
  applyStepFormValues,
  buildStepFormValues,
  copyStepFormValues,
  diffStepFormValues,
  hasChanges,
} from "./step-form-values";
import { buildStepSchema, type StepFormInput, type StepFormOutput } from "./step-schema";

/**
 * The form of one step, and the stored document it shows. Every change in a field is saved at
 * once (so moving between steps never loses an answer), and only the fields the user changed are
 * written: a field another tab changed meanwhile keeps that tab's answer. When the document
 * changes from outside the form (another tab's save, the conflict alert's choice), the fields it
 * changed take the new values in place: the form is never rebuilt, so the field the user is in
 * keeps its focus and its text. Validation runs when the user goes on.
 */
export function useStepForm(
  step: QuestionStepId,
  document: DraftDocument,
  questions: readonly AskedQuestion[],
) {
  const t = useTranslations("assessment.validation");
  const store = useAssessmentStore();
  const content = useQuestionnaireContent();
  const locale = useLocale() as Locale;
  // The notes on the other steps, which count towards the budget for all notes together.
  const elsewhere = useMemo(() => {
    const here = new Set(questions.map((question) => question.id));
    return notesTotals(Object.fromEntries(Object.entries(document.answers).filter(([id]) => !here.has(id))));
  }, [document.answers, questions]);
  const schema = useMemo(
    () =>
      buildStepSchema(
        step,
        (key, values) =>
          t(
            key,
            Object.fromEntries(
              Object.entries(values).map(([name, value]) => [name, formatNumber(value, locale)]),
            ),
          ),
        { length: elsewhere.length, lineBreaks: elsewhere.lineBreaks },
      ),
    [step, t, locale, elsewhere.length, elsewhere.lineBreaks],
  );
  const [defaultValues] = useState(() => buildStepFormValues(document, questions));
  const form = useForm<StepFormInput, unknown, StepFormOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);
  // The values the form and the stored document last agreed on.
  const synced = useRef(defaultValues);
  const showingDocument = useRef(false);

  // A layout effect: it is in place before the browser hands the new form any input.
  useLayoutEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (showingDocument.current) return;
          const changed = diffStepFormValues(synced.current, values, questions);
          if (!hasChanges(changed)) return;
          synced.current = copyStepFormValues(values, questions);
          store.updateDocument((draft) =>
            applyStepFormValues(draft, values, changed, questions, content.vocabulary, new Date()),
          );
        },
      }),
    [form, store, questions, content.vocabulary],
  );

  useLayoutEffect(() => {
    const stored = buildStepFormValues(document, questions);
    const changed = diffStepFormValues(synced.current, stored, questions);
    if (!hasChanges(changed)) return;
    synced.current = stored;
    showingDocument.current = true;
    try {
      for (const key of changed.project) form.setValue(`project.${key}`, stored.project[key]);
      for (const id of changed.answers) {
        const field = stored.answers[id];
        if (!field) continue;
        form.setValue(`answers.${id}.choice`, field.choice);
        form.setValue(`answers.${id}.choices`, field.choices);
        form.setValue(`answers.${id}.note`, field.note);
      }
    } finally {
      showingDocument.current = false;
    }
  }, [document, questions, form]);

  // Read on every render: react-hook-form only passes on the errors of a submit to a form whose
  // errors were read before it (otherwise a step whose fields show no error summary of their own
  // stopped without saying why).
  const { errors } = form.formState;
  const summary = attempt > 0 ? summarizeErrors(errors, questions) : [];
  const submit = (onValid: () => void) => form.handleSubmit(onValid, () => setAttempt((value) => value + 1));

  return { form, summary, attempt, submit };
}

/** The form's errors in the order the fields appear, each pointing at its field. */
export function summarizeErrors(
  errors: FieldErrors<StepFormInput>,
  questions: readonly AskedQuestion[],
): SummaryError[] {
  const list: SummaryError[] = [];
  for (const key of ["title", "organisation", "description"] as const) {
    const message = errors.project?.[key]?.message;
    if (message) list.push({ fieldId: projectFieldIds[key], message });
  }
  for (const question of questions) {
    const message = errors.answers?.[question.id]?.note?.message;
    if (message) list.push({ fieldId: noteElementId(question.id), message });
  }
  return list;
}
