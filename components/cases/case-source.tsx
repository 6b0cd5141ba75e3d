import { useTranslations } from "next-intl";
import type { CaseStudy } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";

/** Where the case's text and figures come from. */
export function CaseSource({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations("cases");
  const { source } = study;
  return (
    <>
      <p className="case-source">
        {source.publisher}: <cite>{source.document}</cite>. {source.section[locale]}.
      </p>
      <p>{source.note ? source.note[locale] : t("ownFigures")}</p>
    </>
  );
}
