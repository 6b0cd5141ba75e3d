import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { pickClientQuestionnaireContent } from "@/app/_i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";

/**
 * The questionnaire's pages (/assessment and each step) share this layout, so the UI texts and
 * the questionnaire's part of the content, in the page's language, reach the browser once: moving
 * between steps renders only the step's page.
 */
export default async function AssessmentLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  return (
    <ClientMessages locale={locale} page="questionnaire">
      <BrowserAssessmentProvider content={pickClientQuestionnaireContent(locale)}>
        {children}
      </BrowserAssessmentProvider>
    </ClientMessages>
  );
}
