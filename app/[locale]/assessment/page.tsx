import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssessmentEntry } from "@/components/assessment/assessment-entry";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "assessment" });
  return { title: t("metaTitle") };
}

/**
 * /{locale}/assessment: goes on to the step the user left, or to the first step. The UI texts and
 * the content come from the layout.
 */
export default async function AssessmentPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  return (
    <>
      <NoScriptNotice />
      <AssessmentEntry />
    </>
  );
}
