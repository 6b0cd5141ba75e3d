import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/schemas/common";

/** The route params of every page under app/[locale]. */
export interface LocaleParams {
  params: Promise<{ locale: string }>;
}

/** The page's language from its address; an unknown language is a 404. */
export async function readLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
