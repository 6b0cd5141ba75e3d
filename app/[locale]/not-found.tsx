import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { hasLocale, useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import * as z from "zod/mini";
import { routing } from "@/i18n/routing";
import { localeSchema } from "@/lib/schemas/common";
import { localePath } from "@/components/layout/locale-path";

/**
 * The page's title comes from here, through the layout's title template, so the document has
 * exactly one <title> (a <title> element in the page as well would be a second one).
 */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "common.notFound",
  });
  return { title: t("metaTitle") };
}

/** The 404 page inside a language, with the site's header and footer. */
export default function LocaleNotFound() {
  const t = useTranslations("common.notFound");
  const locale = z.catch(localeSchema, "da").parse(useLocale());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("text")}</p>
      <ul>
        <li>
          <Link href={localePath(locale)}>{t("home")}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/cases")}>{t("cases")}</Link>
        </li>
      </ul>
    </>
  );
}
