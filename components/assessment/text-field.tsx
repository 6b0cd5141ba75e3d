"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
  maxLength: number;
  required?: boolean;
  autoComplete?: string;
  registration: UseFormRegisterReturn;
}

/** A DKFDS text input or textarea with label, hint and error message. */
export function TextField({
  id,
  label,
  hint,
  error,
  multiline,
  maxLength,
  required,
  autoComplete,
  registration,
}: TextFieldProps) {
  const t = useTranslations("assessment.question");
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    className: "form-input",
    maxLength,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
    ...registration,
  };
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={hintId ?? undefined}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={errorId ?? undefined}>
          <span className="sr-only">{t("errorPrefix")}</span>
          {error}
        </span>
      ) : null}
      {multiline ? (
        <textarea rows={5} {...shared} />
      ) : (
        <input type="text" autoComplete={autoComplete} {...shared} />
      )}
    </div>
  );
}
