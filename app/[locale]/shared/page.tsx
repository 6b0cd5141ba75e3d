import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { SharedView } from "@/components/share/shared-view";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "share" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * /{locale}/shared#…: an assessment shared as a link. The answers are in the fragment, which the
 * browser never sends: the server serves the same page for every link.
 */
export default async function SharedPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const contentFile = clientContentFile("report", locale);
  return (
    <>
      <NoScriptNotice />
      <ClientMessages locale={locale} page="shared">
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <SharedView />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
