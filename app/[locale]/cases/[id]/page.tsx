import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseEconomics } from "@/components/cases/case-economics";
import { CaseEffects } from "@/components/cases/case-effects";
import { CaseFacts } from "@/components/cases/case-facts";
import { CasePrerequisites } from "@/components/cases/case-prerequisites";
import { CaseProfile } from "@/components/cases/case-profile";
import { CaseSection } from "@/components/cases/case-section";
import { CaseSource } from "@/components/cases/case-source";
import { localePath } from "@/components/layout/locale-path";
import { readLocale } from "@/components/layout/read-locale";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Icon } from "@/components/ui/icon";
import { cases } from "@/content/cases";
import type { CaseStudy } from "@/lib/schemas/case";

interface CasePageProps {
  params: Promise<{ locale: string; id: string }>;
}

/** Only the six cases exist; any other id is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return cases.map((study) => ({ id: study.id }));
}

function findCase(id: string): CaseStudy {
  const study = cases.find((candidate) => candidate.id === id);
  if (!study) notFound();
  return study;
}

export async function generateMetadata({ params }: CasePageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const study = findCase((await params).id);
  const t = await getTranslations({ locale, namespace: "cases.detail" });
  return { title: t("metaTitle", { organisation: study.organisation[locale], title: study.title[locale] }) };
}

export default async function CasePage({ params }: CasePageProps) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const study = findCase((await params).id);
  const t = await getTranslations({ locale, namespace: "cases.detail" });
  const tCommon = await getTranslations({ locale, namespace: "common" });

  return (
    <article className="case-page">
      <Breadcrumbs
        items={[
          { label: tCommon("breadcrumbs.home"), href: localePath(locale) },
          { label: t("catalogue"), href: localePath(locale, "/cases") },
          { label: study.organisation[locale] },
        ]}
      />
      <span className="subheading">{study.organisation[locale]}</span>
      <h1 className="mt-2">{study.title[locale]}</h1>
      <CaseFacts study={study} locale={locale} />

      <CaseSection id="solution" heading={t("solution")}>
        <p>{study.solution[locale]}</p>
      </CaseSection>
      <CaseSection id="background" heading={t("background")}>
        <p>{study.background[locale]}</p>
      </CaseSection>
      <CaseSection id="effects" heading={t("effects")}>
        <CaseEffects study={study} locale={locale} />
      </CaseSection>
      <CaseSection id="economics" heading={t("economics")}>
        <CaseEconomics study={study} locale={locale} />
      </CaseSection>
      <CaseSection id="prerequisites" heading={t("prerequisites")}>
        <p>{t("prerequisitesLead")}</p>
        <CasePrerequisites study={study} locale={locale} />
      </CaseSection>
      <CaseProfile study={study} locale={locale} />
      <CaseSection id="source" heading={t("source")}>
        <CaseSource study={study} locale={locale} />
      </CaseSection>
      <p className="mt-7">
        <Link href={localePath(locale, "/cases")} className="back-link">
          <Icon name="chevron-left" />
          {t("back")}
        </Link>
      </p>
    </article>
  );
}
