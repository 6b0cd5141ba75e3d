"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { Icon } from "@/components/ui/icon";

export interface SummaryError {
  /** The id of the field the error is about. */
  fieldId: string;
  message: string;
  /** For a field on another step: its address, and how to get there without a page load. */
  href?: string;
  onFollow?: () => void;
}

/**
 * The DKFDS error summary ("fejlopsummering"): shown at the top of the form after a failed
 * submit, it takes focus so screen readers read it, and each error links to its field.
 * `attempt` changes on every failed submit, so focus returns here even if the errors are the same.
 */
export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const t = useTranslations("assessment.errorSummary");
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);

  if (errors.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, error: SummaryError) => {
    if (error.onFollow) {
      event.preventDefault();
      error.onFollow();
      return;
    }
    const field = document.getElementById(error.fieldId);
    if (!field) return;
    event.preventDefault();
    const label =
      document.querySelector<HTMLElement>(`label[for="${error.fieldId}"]`) ?? field.closest("fieldset");
    label?.scrollIntoView?.({ block: "start" });
    field.focus({ preventScroll: true });
  };

  return (
    <nav aria-labelledby={headingId}>
      <div ref={ref} className="alert alert-error mb-7" tabIndex={-1} role="alert">
        <Icon name="error" label={t("iconLabel")} className="alert-icon" />
        <div className="alert-body">
          <h2 className="alert-heading" id={headingId}>
            {t("heading")}
          </h2>
          <ul className="alert-text nobullet-list">
            {errors.map((error) => (
              <li key={`${error.fieldId}-${error.message}`}>
                <a
                  className="function-link"
                  href={error.href ?? `#${error.fieldId}`}
                  onClick={(event) => focusField(event, error)}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}
