"use client";

import { useTranslations } from "next-intl";
import type { AssessmentStepId } from "@/lib/storage/steps";
import { stepHeadingId } from "./element-ids";
import { SectionIntro } from "./section-intro";
import { useStepTitle } from "./step-titles";

interface StepHeadingProps {
  step: AssessmentStepId;
  stepNumber: number;
  stepCount: number;
}

/**
 * The step's number, title and introduction. They depend on nothing stored in the browser, so
 * the server sends them with the page: they are on the screen before the stored answers are
 * read and the questions built.
 */
export function StepHeading({ step, stepNumber, stepCount }: StepHeadingProps) {
  const t = useTranslations("assessment");
  const stepTitle = useStepTitle();
  return (
    <>
      {/* On narrow screens the folded step indicator names the step number already. */}
      <p className="step-subheading d-none d-lg-block">
        {t("steps.stepOf", { number: stepNumber, total: stepCount })}
      </p>
      <h1 id={stepHeadingId} tabIndex={-1}>
        {stepTitle(step)}
      </h1>
      {step === "review" ? <p className="font-lead">{t("review.intro")}</p> : <SectionIntro section={step} />}
    </>
  );
}
