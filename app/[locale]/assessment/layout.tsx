import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { clientContentFile, pickClientQuestionnaireContent } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";

/**
 * The questionnaire's pages (/assessment and each step) share this layout, so the UI texts and
 * the questionnaire's part of the content, in the page's language, reach the browser once: moving
 * between steps renders only the step's page. The content comes as a file beside the page, which
 * the browser starts loading with the page; only the sections' titles and texts, which a step's
 * heading shows before it arrives, come with the page itself.
 */
export default async function AssessmentLayout({ params, children }: LocaleParams & { children: ReactNode }) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const contentFile = clientContentFile("questionnaire", locale);
  preload(contentFile.url, { as: "fetch", crossOrigin: "anonymous" });
  const { prerequisites, advice } = pickClientQuestionnaireContent(locale);
  return (
    <ClientMessages locale={locale} page="questionnaire">
      <BrowserAssessmentProvider contentUrl={contentFile.url} sections={{ prerequisites, advice }}>
        {children}
      </BrowserAssessmentProvider>
    </ClientMessages>
  );
}
