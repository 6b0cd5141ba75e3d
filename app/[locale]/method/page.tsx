import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { MethodBlockersTable } from "@/components/method/method-blockers-table";
import { MethodLegal } from "@/components/method/method-legal";
import { MethodLevelsTable } from "@/components/method/method-levels-table";
import { MethodSources } from "@/components/method/method-sources";
import { MethodWeightsTable } from "@/components/method/method-weights-table";
import { MethodGenerative } from "@/components/method/method-generative";
import { localePath } from "@/components/layout/locale-path";
import { readLocale, type LocaleParams } from "@/components/layout/read-locale";
import { AnchorLinks } from "@/components/ui/anchor-links";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { advice } from "@/content/framework";
import { matching } from "@/content/matching";
import { adviceOutcomeLabels } from "@/content/result-labels";
import { ADVICE_PASS_FROM, ADVICE_WARN_FROM } from "@/content/advice-check";
import { CLOSE_FROM, MATCH_FROM } from "@/lib/engine/match-cases";
import { WEAK_BELOW } from "@/lib/engine/rank-project-gaps";
import { MIN_SCORED_PREREQUISITES } from "@/lib/engine/rate-readiness";
import { formatQuantity } from "@/lib/format";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: "method" });
  return { title: t("metaTitle") };
}

const adviceOutcomes = [
  { id: "pass", key: "pass" },
  { id: "warn", key: "warn" },
  { id: "fail", key: "fail" },
  { id: "not-enough-answers", key: "notEnough" },
] as const;

const sectionIds = [
  "scores",
  "levels",
  "blockers",
  "advice",
  "legal",
  "generative",
  "matching",
  "sources",
] as const;

function MethodSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="method-section">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

export default async function MethodPage({ params }: LocaleParams) {
  const locale = await readLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "method" });
  const tCommon = await getTranslations({ locale, namespace: "common" });

  return (
    <>
      <Breadcrumbs
        items={[{ label: tCommon("breadcrumbs.home"), href: localePath(locale) }, { label: t("title") }]}
      />
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <AnchorLinks title={t("toc")} links={sectionIds.map((id) => ({ id, label: t(`${id}.heading`) }))} />

      <MethodSection id="scores" heading={t("scores.heading")}>
        <p>{t("scores.intro")}</p>
        <ul>
          {(["points", "counted", "dontKnow", "notApplicable", "tooFew"] as const).map((key) => (
            <li key={key}>{t(`scores.${key}`)}</li>
          ))}
        </ul>
        <p>{t("scores.overall", { min: MIN_SCORED_PREREQUISITES })}</p>
        <p>{t("scores.rounding")}</p>
      </MethodSection>

      <MethodSection id="levels" heading={t("levels.heading")}>
        <p>{t("levels.intro")}</p>
        <MethodLevelsTable locale={locale} />
      </MethodSection>

      <MethodSection id="blockers" heading={t("blockers.heading")}>
        <p>{t("blockers.text")}</p>
        <MethodBlockersTable locale={locale} />
      </MethodSection>

      <MethodSection id="advice" heading={t("advice.heading")}>
        <ol>
          {advice.map((item) => (
            <li key={item.id}>
              <strong>{item.title[locale]}:</strong> {item.description[locale]}
            </li>
          ))}
        </ol>
        <p>{t("advice.intro", { pass: ADVICE_PASS_FROM, warn: ADVICE_WARN_FROM })}</p>
        <ul>
          {adviceOutcomes.map(({ id, key }) => (
            <li key={id}>
              <strong>{adviceOutcomeLabels[id][locale]}:</strong> {t(`advice.outcome.${key}`)}
            </li>
          ))}
        </ul>
      </MethodSection>

      <MethodSection id="legal" heading={t("legal.heading")}>
        <MethodLegal locale={locale} />
      </MethodSection>

      <MethodSection id="generative" heading={t("generative.heading")}>
        <MethodGenerative locale={locale} />
      </MethodSection>

      <MethodSection id="matching" heading={t("matching.heading")}>
        <p>{t("matching.intro")}</p>
        <ul>
          <li>{t("matching.attributes")}</li>
          <li>{t("matching.weights")}</li>
          <li>{t("matching.leftOut")}</li>
          <li>
            {t("matching.match", {
              matchFrom: formatQuantity({ value: MATCH_FROM * 100, unit: "percent" }, locale),
              closeFrom: formatQuantity({ value: CLOSE_FROM * 100, unit: "percent" }, locale),
            })}
          </li>
          <li>{t("matching.lesson", { weakBelow: WEAK_BELOW })}</li>
          <li>
            {t("matching.weak", {
              closeFrom: formatQuantity({ value: matching.closeFrom, unit: "percent" }, locale),
            })}
          </li>
        </ul>
        <MethodWeightsTable locale={locale} />
      </MethodSection>

      <MethodSection id="sources" heading={t("sources.heading")}>
        <MethodSources locale={locale} />
      </MethodSection>
    </>
  );
}
