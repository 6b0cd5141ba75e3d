import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { content } from "@/content";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { QuestionnaireView } from "@/components/assessment/questionnaire-view";
import { readLocale } from "@/components/layout/read-locale";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/schemas/common";
import { assessmentStepIds, isAssessmentStepId, type AssessmentStepId } from "@/lib/storage/steps";

interface StepPageProps {
  params: Promise<{ locale: string; step: string }>;
}

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => assessmentStepIds.map((step) => ({ locale, step })));
}

async function readStep(
  params: StepPageProps["params"],
): Promise<{ locale: Locale; step: AssessmentStepId }> {
  const locale = await readLocale(params);
  const { step } = await params;
  if (!isAssessmentStepId(step)) notFound();
  return { locale, step };
}

export async function generateMetadata({ params }: StepPageProps): Promise<Metadata> {
  const { locale, step } = await readStep(params);
  const t = await getTranslations({ locale, namespace: "assessment" });
  const section = [...content.prerequisites, ...content.advice].find((entry) => entry.id === step);
  const stepTitle = section
    ? section.title[locale]
    : t(
        `sections.${step === "review" ? "review" : step === "profile-solution" ? "profileSolution" : "profile"}.title`,
      );
  const number = assessmentStepIds.indexOf(step) + 1;
  return {
    title: `${stepTitle} (${t("steps.stepOf", { number, total: assessmentStepIds.length })}) – ${t("metaTitle")}`,
  };
}

/**
 * One step of the questionnaire: /{locale}/assessment/{step}. The answers live in the browser; the
 * UI texts, the content and the stored assessment come from the layout.
 */
export default async function AssessmentStepPage({ params }: StepPageProps) {
  const { locale, step } = await readStep(params);
  setRequestLocale(locale);
  return (
    <>
      <NoScriptNotice />
      <QuestionnaireView step={step} />
    </>
  );
}
