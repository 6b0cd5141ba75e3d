"use client";

import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import type { AssessmentStepId } from "@/lib/storage/steps";

export interface StepSummary {
  id: AssessmentStepId;
  title: string;
  /** "3 of 5 answered"; absent for the review step. */
  information?: string;
  complete: boolean;
}

interface StepIndicatorProps {
  steps: StepSummary[];
  current: AssessmentStepId;
  onNavigate: (step: AssessmentStepId) => void;
}

/**
 * The DKFDS step indicator ("trinindikator"). Every step is a link, so users can move freely and
 * come back; a check marks the steps whose shown questions are all answered. On narrow screens
 * the list folds behind a button that names the current step.
 */
export function StepIndicator({ steps, current, onNavigate }: StepIndicatorProps) {
  const t = useTranslations("assessment.steps");
  const locale = useLocale() as Locale;
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const index = steps.findIndex((step) => step.id === current);
  const currentTitle = steps[index]?.title ?? "";

  return (
    <nav aria-label={t("label")} className="step-indicator-nav">
      <button
        type="button"
        className="step-indicator-button d-lg-none"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((value) => !value)}
      >
        <span>
          <strong>{t("stepOf", { number: index + 1, total: steps.length })}</strong> {currentTitle}
        </span>
      </button>
      <ol className={`step-indicator${expanded ? "" : " d-none d-lg-block"}`} id={listId}>
        {steps.map((step, position) => {
          const isCurrent = step.id === current;
          const state = isCurrent ? t("current") : step.complete ? t("complete") : null;
          return (
            <li key={step.id} className={isCurrent ? "current" : step.complete ? "completed" : undefined}>
              <Link
                className="step"
                href={localePath(locale, `/assessment/${step.id}`)}
                aria-current={isCurrent ? "step" : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  setExpanded(false);
                  onNavigate(step.id);
                }}
              >
                {step.complete && !isCurrent ? (
                  <span className="step-icon">
                    <Icon name="check" />
                  </span>
                ) : (
                  <span className="step-number">
                    <span>{position + 1}</span>
                  </span>
                )}
                <div>
                  <span className="step-title">
                    {step.title}
                    {state ? <span className="sr-only"> ({state})</span> : null}
                  </span>
                  {step.information ? <span className="step-information">{step.information}</span> : null}
                </div>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
