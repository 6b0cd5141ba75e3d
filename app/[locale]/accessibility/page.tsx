import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { localePath } from "@/components/layout/locale-path";
import { PublisherContact, readPublisher } from "@/components/layout/publisher-contact";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDate } from "@/lib/format";

/** The date the statement was prepared; update it with the statement (at least once a year). */
const preparedOn = "2026-11-28";
const supervisionUrl = "https://digst.dk/digital-inklusion/webtilgaengelighed/tilsyn/";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "accessibility" });
  return { title: t("metaTitle") };
}

function StatementSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export default async function AccessibilityPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "accessibility" });
  const tCommon = await getTranslations({ locale, namespace: "common" });
  const publisher = readPublisher();

  return (
    <>
      <Breadcrumbs
        items={[{ label: tCommon("breadcrumbs.home"), href: localePath(locale) }, { label: t("title") }]}
      />
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <p>{t("scope")}</p>

      <StatementSection id="status" heading={t("status.heading")}>
        <p>{t("status.text")}</p>
      </StatementSection>

      <StatementSection id="limitations" heading={t("limitations.heading")}>
        <h3>{t("limitations.pdfHeading")}</h3>
        <p>{t("limitations.pdf")}</p>
        <p>{t("limitations.alternative")}</p>
      </StatementSection>

      <StatementSection id="preparation" heading={t("preparation.heading")}>
        <p>{t("preparation.text", { date: formatDate(preparedOn, locale) })}</p>
        <ul>
          <li>{t("preparation.automated")}</li>
          <li>{t("preparation.keyboard")}</li>
          <li>{t("preparation.narrow")}</li>
        </ul>
        <p>{t("preparation.updated")}</p>
      </StatementSection>

      <StatementSection id="feedback" heading={t("feedback.heading")}>
        {publisher ? (
          <>
            <p>{t("feedback.publisherText", { name: publisher.name })}</p>
            {publisher.contact ? (
              <p>
                {t("feedback.publisherContact")}: <PublisherContact contact={publisher.contact} />
              </p>
            ) : null}
          </>
        ) : (
          <p>{t("feedback.text")}</p>
        )}
      </StatementSection>

      <StatementSection id="enforcement" heading={t("enforcement.heading")}>
        <p>{t("enforcement.text")}</p>
        <p>
          <a href={supervisionUrl} hrefLang="da">
            {t("enforcement.link")}
          </a>
        </p>
      </StatementSection>
    </>
  );
}
