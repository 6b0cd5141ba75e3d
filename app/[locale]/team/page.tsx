import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientContentFile } from "@/i18n/content";
import { BrowserAssessmentProvider } from "@/components/assessment/browser-assessment-provider";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { TeamView } from "@/components/team/team-view";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "team" });
  return { title: t("metaTitle") };
}

/** /{locale}/team: a project group's answer files side by side, settled into one consensus document. */
export default async function TeamPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "team" });
  const contentFile = clientContentFile("report", locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("howTo")}</p>
      <p>{t("privacy")}</p>
      <NoScriptNotice />
      <ClientMessages locale={locale} page="team">
        <BrowserAssessmentProvider contentUrl={contentFile.url}>
          <TeamView />
        </BrowserAssessmentProvider>
      </ClientMessages>
    </>
  );
}
