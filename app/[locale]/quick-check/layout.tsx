import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { clientContentFile, pickClientQuestionnaireContent } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";

/** The quick check's screens share the questionnaire's content and the same stored assessment. */
export default async function QuickCheckLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const contentFile = clientContentFile("questionnaire", locale);
  preload(contentFile.url, { as: "fetch", crossOrigin: "anonymous" });
  const { prerequisites, advice } = pickClientQuestionnaireContent(locale);
  return (
    <ClientMessages locale={locale} page="quickCheck">
      <BrowserAssessmentProvider contentUrl={contentFile.url} sections={{ prerequisites, advice }}>
        {children}
      </BrowserAssessmentProvider>
    </ClientMessages>
  );
}
