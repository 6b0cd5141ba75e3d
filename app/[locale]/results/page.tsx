import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { ResultsContent } from "@/components/results/results-content";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "results" });
  return { title: t("metaTitle") };
}

/**
 * /{locale}/results: the readiness report, computed in the browser from the stored answers, with
 * the content in the page's language, which the browser loads as a file beside the page.
 */
export default async function ResultsPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const contentFile = clientContentFile("results", locale);
  preload(contentFile.url, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      <NoScriptNotice />
      <ClientMessages locale={locale} page="results">
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <ResultsContent />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
