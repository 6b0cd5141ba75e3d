import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoScriptNotice } from "@/components/assessment/no-script-notice";
import { readLocale } from "@/components/layout/read-locale";
import { QuickCheckView } from "@/components/quick-check/quick-check-view";
import { quickCheck } from "@/content/quick-check";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/schemas/common";

interface ScreenPageProps {
  params: Promise<{ locale: string; screen: string }>;
}

/** The first screen lives at /quick-check itself. */
const laterScreens = quickCheck.screens.slice(1);

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => laterScreens.map((screen) => ({ locale, screen: screen.id })));
}

async function readScreen(params: ScreenPageProps["params"]): Promise<{ locale: Locale; index: number }> {
  const locale = await readLocale(params);
  const { screen } = await params;
  const index = quickCheck.screens.findIndex((entry) => entry.id === screen);
  if (index < 1) notFound();
  return { locale, index };
}

export async function generateMetadata({ params }: ScreenPageProps): Promise<Metadata> {
  const { locale, index } = await readScreen(params);
  const t = await getTranslations({ locale, namespace: "quickCheck" });
  const screen = quickCheck.screens[index]!;
  return {
    title: `${t(`screens.${screen.id}.title`)} (${t("screenOf", { number: index + 1, total: quickCheck.screens.length })}) – ${t("metaTitle")}`,
  };
}

/** A later screen of the quick check: /{locale}/quick-check/{screen}. */
export default async function QuickCheckScreenPage({ params }: ScreenPageProps) {
  const { locale, index } = await readScreen(params);
  setRequestLocale(locale);
  return (
    <>
      <NoScriptNotice />
      <QuickCheckView screenIndex={index} />
    </>
  );
}
