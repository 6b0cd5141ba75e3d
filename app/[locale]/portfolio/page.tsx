import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { PortfolioView } from "@/components/portfolio/portfolio-view";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "portfolio" });
  return { title: t("metaTitle") };
}

/** /{locale}/portfolio: many projects' answer files in one table, read and assessed in the browser. */
export default async function PortfolioPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const contentFile = clientContentFile("report", locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("privacy")}</p>
      <NoScriptNotice />
      <ClientMessages locale={locale} page="portfolio">
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <PortfolioView />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
