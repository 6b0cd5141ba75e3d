"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import {
  buildEstimateFormValues,
  readEstimateForm,
  type EstimateFormValues,
  type EstimateIssue,
} from "@/lib/business-case/estimate-form";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/schemas/common";
import type { SummaryError } from "@/components/assessment/error-summary";
import { describeFieldPath } from "./field-label";
import { fieldId } from "./field-id";

interface FormDefaults {
  horizonYears: number;
  discountRatePercent: number;
  casesPerYear?: { min?: number; max?: number };
}

/** Flattens react-hook-form's nested errors back to "path" → message. */
function flattenErrors(errors: FieldErrors, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ("message" in value && typeof value.message === "string") flat[path] = value.message;
    else Object.assign(flat, flattenErrors(value as FieldErrors, path));
  }
  return flat;
}

/**
 * The business case form: starts from the stored estimate (or the sourced defaults), checks every
 * field on submit and hands a valid estimate to `onSave`. An invalid form saves nothing.
 */
export function useEstimateForm(
  stored: BusinessCaseEstimate | undefined,
  defaults: FormDefaults,
  onSave: (estimate: BusinessCaseEstimate) => boolean,
) {
  const t = useTranslations("businessCase.validation");
  const formText = useTranslations("businessCase.form");
  const locale = useLocale() as Locale;
  const [defaultValues] = useState(() => buildEstimateFormValues(stored, defaults, locale));
  const resolver = useMemo<Resolver<EstimateFormValues, unknown, BusinessCaseEstimate>>(() => {
    const message = (issue: EstimateIssue) =>
      t(issue.code, { max: issue.max === undefined ? "" : formatNumber(issue.max, locale) });
    return (values) => {
      const result = readEstimateForm(values, locale);
      if (result.ok) return { values: result.estimate, errors: {} };
      const errors: Record<string, unknown> = {};
      for (const issue of result.issues) {
        const keys = issue.path.split(".");
        let node = errors;
        keys.slice(0, -1).forEach((key) => {
          node[key] ??= {};
          node = node[key] as Record<string, unknown>;
        });
        node[keys[keys.length - 1] ?? issue.path] = { type: issue.code, message: message(issue) };
      }
      return { values: {}, errors: errors as FieldErrors<EstimateFormValues> };
    };
  }, [t, locale]);
  const form = useForm<EstimateFormValues, unknown, BusinessCaseEstimate>({
    resolver,
    defaultValues,
    shouldFocusError: false,
    reValidateMode: "onSubmit",
  });
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<boolean | null>(null);
  const errors = flattenErrors(form.formState.errors);
  const summary: SummaryError[] =
    attempt > 0
      ? Object.entries(errors).map(([path, message]) => ({
          fieldId: fieldId(path),
          message: `${describeFieldPath(path, (key) => formText(key as never))}: ${message}`,
        }))
      : [];
  const submit = form.handleSubmit(
    (estimate) => setSaved(onSave(estimate)),
    () => {
      setSaved(null);
      setAttempt((value) => value + 1);
    },
  );
  return { form, errors, summary, attempt, saved, submit };
}
