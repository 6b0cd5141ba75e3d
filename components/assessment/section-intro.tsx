"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/schemas/common";
import type { QuestionStepId } from "@/lib/storage/steps";
import { useSectionsOutline } from "./assessment-context";

/** What a section is about, and (folded) what the catalogue says about it. */
export function SectionIntro({ section }: { section: QuestionStepId }) {
  const t = useTranslations("assessment.sections");
  const locale = useLocale() as Locale;
  const sections = useSectionsOutline();
  if (section === "profile") return <p className="font-lead">{t("profile.intro")}</p>;
  if (section === "profile-solution") return <p className="font-lead">{t("profileSolution.intro")}</p>;
  const entry = [...sections.prerequisites, ...sections.advice].find((item) => item.id === section);
  if (!entry) return null;
  const isAdvice = sections.advice.some((item) => item.id === section);
  return (
    <>
      <p className="font-lead">{entry.description[locale]}</p>
      <p>{isAdvice ? t("adviceNote") : t("prerequisiteNote")}</p>
      <details className="details">
        <summary className="details-summary">
          <span className="details-summary-text">{t("catalogueSays")}</span>
        </summary>
        <div className="details-text">
          <p>{entry.catalogueSays[locale]}</p>
        </div>
      </details>
    </>
  );
}
