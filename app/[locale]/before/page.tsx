import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BeforeRoles } from "@/components/before/before-roles";
import { BeforeTimes } from "@/components/before/before-times";
import { readTimeEstimates } from "@/components/home/time-estimates";
import { localePath } from "@/components/layout/locale-path";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "before" });
  return { title: t("metaTitle") };
}

const prepareKeys = ["task", "data", "personalData", "sourcing", "legal", "budget"] as const;
const answeringKeys = ["skip", "stored", "quickToFull"] as const;

/** "Before you start": times computed from the content, who should take part, what to have ready. */
export default async function BeforePage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "before" });
  const tCommon = await getTranslations({ locale, namespace: "common" });
  return (
    <>
      <Breadcrumbs
        items={[{ label: tCommon("breadcrumbs.home"), href: localePath(locale) }, { label: t("title") }]}
      />
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <BeforeTimes locale={locale} times={readTimeEstimates(locale)} />
      <BeforeRoles locale={locale} />
      <section aria-labelledby="prepare" className="home-section">
        <h2 id="prepare">{t("prepare.heading")}</h2>
        <ul>
          {prepareKeys.map((key) => (
            <li key={key}>{t(`prepare.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="answering" className="home-section">
        <h2 id="answering">{t("answering.heading")}</h2>
        <ul>
          {answeringKeys.map((key) => (
            <li key={key}>{t(`answering.${key}`)}</li>
          ))}
        </ul>
        <p className="mt-5">
          <ButtonLink href={localePath(locale, "/quick-check")} icon="arrow-forward" className="mr-4 mb-3">
            {t("startQuick")}
          </ButtonLink>
          <ButtonLink href={localePath(locale, "/assessment")} variant="secondary" className="mb-3">
            {t("startFull")}
          </ButtonLink>
        </p>
      </section>
    </>
  );
}
