import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { ClientMessages } from "@/components/layout/client-messages";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { ResultsView } from "@/components/results/results-view";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "results" });
  return { title: t("metaTitle") };
}

/** /{locale}/results: the readiness report, computed in the browser from the stored answers. */
export default async function ResultsPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  return (
    <>
      <NoScriptNotice />
      <ClientMessages locale={locale}>
        <ResultsView />
      </ClientMessages>
    </>
  );
}
