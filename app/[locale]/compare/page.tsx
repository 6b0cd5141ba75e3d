import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { CompareView } from "@/components/compare/compare-view";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("metaTitle") };
}

/** /{locale}/compare: an earlier file of the project next to the current answers, assessed in the browser. */
export default async function ComparePage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "compare" });
  const contentFile = clientContentFile("report", locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("privacy")}</p>
      <NoScriptNotice />
      <ClientMessages locale={locale} page="compare">
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <CompareView />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
