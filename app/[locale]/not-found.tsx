import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localeSchema } from "@/lib/schemas/common";
import { localePath } from "@/components/layout/locale-path";

/** The 404 page inside a language, with the site's header and footer. */
export default function LocaleNotFound() {
  const t = useTranslations("common.notFound");
  const locale = localeSchema.catch("da").parse(useLocale());
  return (
    <>
      <title>{`${t("metaTitle")} – AI-parathed`}</title>
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
