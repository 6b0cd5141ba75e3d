import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { BusinessCaseView } from "@/components/business-case/business-case-view";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { Alert } from "@/components/ui/alert";
import { discountRateDefault, horizonDefault } from "@/content/business-case/defaults";
import { cases } from "@/content/cases";
import { pickReferenceCases } from "@/lib/business-case/reference-case";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "businessCase" });
  return { title: t("metaTitle") };
}

/**
 * /{locale}/business-case: what comparable cases cost and saved, the user's own three-point
 * estimate, and its result. The estimate is kept in the answers document in the browser; the
 * cases' matching runs there too, on the results' part of the content.
 */
export default async function BusinessCasePage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "businessCase" });
  const contentFile = clientContentFile("results", locale);
  preload(contentFile.url, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <ClientMessages locale={locale} page="businessCase">
        <Alert variant="info" heading={t("disclaimer.heading")} announce={false}>
          <p className="alert-text">{t("disclaimer.text")}</p>
        </Alert>
        <NoScriptNotice />
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <BusinessCaseView
            references={pickReferenceCases(cases)}
            sources={{
              horizonYears: horizonDefault.value,
              horizon: horizonDefault.source[locale],
              discountRatePercent: discountRateDefault.value,
              discountRate: discountRateDefault.source[locale],
            }}
          />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
