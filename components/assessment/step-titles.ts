"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/schemas/common";
import type { AssessmentStepId } from "@/lib/storage/steps";
import { useSectionsOutline } from "./assessment-context";

/** A step's title: the prerequisite's or advice's own title, or the profile pages' and the review's. */
export function useStepTitle(): (step: AssessmentStepId) => string {
  const t = useTranslations("assessment.sections");
  const locale = useLocale() as Locale;
  const sections = useSectionsOutline();
  return (step) => {
    if (step === "profile" || step === "review") return t(`${step}.title`);
    if (step === "profile-solution") return t("profileSolution.title");
    const section = [...sections.prerequisites, ...sections.advice].find((entry) => entry.id === step);
    return section ? section.title[locale] : step;
  };
}
