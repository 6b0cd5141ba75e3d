import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { QuickCheckView } from "@/components/quick-check/quick-check-view";
import { quickCheck } from "@/content/quick-check";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "quickCheck" });
  const first = quickCheck.screens[0]!;
  return {
    title: `${t(`screens.${first.id}.title`)} (${t("screenOf", { number: 1, total: quickCheck.screens.length })}) – ${t("metaTitle")}`,
  };
}

/** The quick check's first screen: /{locale}/quick-check. */
export default async function QuickCheckPage({ params }: LocaleParams) {
  setRequestLocale(await readLocale(params));
  return (
    <>
      <NoScriptNotice />
      <QuickCheckView screenIndex={0} />
    </>
  );
}
