"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldId } from "./field-id";

interface NumberInputProps {
  path: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  className?: string;
}

/**
 * A DKFDS text input for a number, with its label, hint and error next to it. A text input (not
 * type="number") so that Danish "250.000" and "3,5" can be typed as written.
 */
export function NumberInput({ path, label, hint, error, registration, className }: NumberInputProps) {
  const t = useTranslations("businessCase.form");
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={[error ? "form-group form-error" : "form-group", className].filter(Boolean).join(" ")}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t("errorPrefix")}</span>
          {error}
        </span>
      ) : null}
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        id={id}
        className="form-input input-width-s"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
    </div>
  );
}
