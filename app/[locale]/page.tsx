import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResumeNotice } from "@/components/assessment/resume-notice";
import { pickResumeTexts } from "@/components/assessment/resume-texts";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { HomeBasis } from "@/components/home/home-basis";
import { HomeChoices } from "@/components/home/home-choices";
import { HomeOutcome } from "@/components/home/home-outcome";
import { HomeStart } from "@/components/home/home-start";
import { readTimeEstimates } from "@/components/home/time-estimates";
import { GroupToolsLinks } from "@/components/share/group-tools-links";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale });
  return {
    title: { absolute: `${t("common.siteName")} – ${t("home.metaTitle")}` },
    description: t("home.metaDescription"),
  };
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const tools = await getTranslations({ locale, namespace: "share.tools" });

  return (
    <>
      <div className="home-intro">
        <h1>{t("title")}</h1>
        <p className="font-lead">{t("lead")}</p>
        <ResumeNotice texts={pickResumeTexts(locale)} locale={locale} />
        <HomeStart
          choices={<HomeChoices locale={locale} times={readTimeEstimates(locale)} />}
          texts={{
            button: t("startNew"),
            heading: t("startNewHeading"),
            text: t("startNewText"),
            confirm: t("startNewConfirm"),
            cancel: t("startNewCancel"),
            done: t("startNewDone"),
          }}
        />
      </div>

      <section aria-labelledby="audience" className="home-section">
        <h2 id="audience">{t("audience.heading")}</h2>
        <p>{t("audience.text")}</p>
        <ul>
          <li>{t("audience.projectOwners")}</li>
          <li>{t("audience.consultants")}</li>
          <li>{t("audience.managers")}</li>
          <li>{t("audience.legalData")}</li>
        </ul>
      </section>

      <section className="home-section">
        <GroupToolsLinks
          locale={locale}
          texts={{
            heading: tools("heading"),
            team: tools("team"),
            compare: tools("compare"),
            portfolio: tools("portfolio"),
          }}
        />
      </section>

      <HomeOutcome locale={locale} />
      <HomeBasis locale={locale} />

      <section aria-labelledby="privacy" className="home-section">
        <h2 id="privacy">{t("privacy.heading")}</h2>
        <p>{t("privacy.stored")}</p>
        <p>{t("privacy.sent")}</p>
      </section>
    </>
  );
}
