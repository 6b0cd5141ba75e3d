"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm, type FieldErrors } from "react-hook-form";
import { formatNumber } from "@/lib/format/number";
import type { Locale, SectionId } from "@/lib/schemas/common";
import type { AskedQuestion } from "@/lib/content/questionnaire-content";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { useAssessmentStore, useQuestionnaireContent } from "./assessment-context";
import type { SummaryError } from "./error-summary";
import { noteElementId, projectFieldIds } from "./element-ids";
import { applyStepFormValues, buildStepFormValues } from "./step-form-values";
import { buildStepSchema, type StepFormInput, type StepFormOutput } from "./step-schema";

/**
 * The form of one step: starts from the stored document, saves every change back to it at once
 * (so moving between steps never loses an answer), and validates when the user goes on.
 */
export function useStepForm(step: SectionId, document: DraftDocument, questions: readonly AskedQuestion[]) {
  const t = useTranslations("assessment.validation");
  const store = useAssessmentStore();
  const content = useQuestionnaireContent();
  const locale = useLocale() as Locale;
  const schema = useMemo(
    () => buildStepSchema(step, (key, { max }) => t(key, { max: formatNumber(max, locale) })),
    [step, t, locale],
  );
  // The form is remounted when the document is replaced, so its first values are enough.
  const [defaultValues] = useState(() => buildStepFormValues(document, questions));
  const form = useForm<StepFormInput, unknown, StepFormOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) =>
          store.updateDocument((draft) =>
            applyStepFormValues(draft, values, questions, content.vocabulary, {
              includeProject: step === "profile",
              now: new Date(),
            }),
          ),
      }),
    [form, store, questions, content.vocabulary, step],
  );

  const summary = attempt > 0 ? summarizeErrors(form.formState.errors, questions) : [];
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
