import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActiveFilters } from "@/components/cases/active-filters";
import { CaseCard } from "@/components/cases/case-card";
import { CaseFilterForm } from "@/components/cases/case-filter-form";
import {
  filterCases,
  listFilterChoices,
  parseCaseFilters,
  type SearchParams,
} from "@/components/cases/case-filters";
import { localePath } from "@/components/layout/locale-path";
import { readLocale } from "@/components/layout/read-locale";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { cases } from "@/content/cases";
import { vocabulary } from "@/content/vocabulary";

interface CataloguePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: CataloguePageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "cases" });
  return { title: t("metaTitle") };
}

export default async function CataloguePage({ params, searchParams }: CataloguePageProps) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale });
  const basePath = localePath(locale, "/cases");
  const choices = listFilterChoices(cases, vocabulary);
  const { filters, ignored } = parseCaseFilters(await searchParams, choices);
  const shown = filterCases(cases, filters);

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("common.breadcrumbs.home"), href: localePath(locale) },
          { label: t("cases.metaTitle") },
        ]}
      />
      <h1>{t("cases.title")}</h1>
      <p className="font-lead">{t("cases.lead")}</p>
      <p>{t("cases.ownFigures")}</p>

      <CaseFilterForm action={basePath} choices={choices} filters={filters} locale={locale} />
      {ignored.length > 0 ? (
        <Alert variant="warning" announce={false}>
          {t("cases.filters.ignored")}
        </Alert>
      ) : null}
      <ActiveFilters basePath={basePath} choices={choices} filters={filters} locale={locale} />

      <p className="case-results-count" role="status">
        <strong>{t("cases.results.count", { shown: shown.length, total: cases.length })}</strong>
      </p>
      {shown.length === 0 ? (
        <Alert variant="info" announce={false}>
          {t("cases.results.none")}
        </Alert>
      ) : (
        <ul className="card-row row" aria-label={t("cases.title")}>
          {shown.map((study) => (
            <li key={study.id} className="col-12 col-md-6 col-xl-4">
              <CaseCard study={study} locale={locale} href={localePath(locale, `/cases/${study.id}`)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
