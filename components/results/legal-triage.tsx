"use client";

import { useTranslations } from "next-intl";
import { aiActClassLabels, dpiaStatusLabels, legalDisclaimer } from "@/content/result-labels";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/format/date";
import type { LegalTriageResult } from "@/lib/engine/types";
import { LegalBasisTable } from "./legal-basis-table";
import { LegalDates } from "./legal-dates";
import { LegalDpiaCriteria } from "./legal-dpia-criteria";
import { LegalFindings } from "./legal-findings";
import { useResultText } from "./use-result-text";
import styles from "./results.module.css";

/** The legal triage: AI Act class, DPIA, FRIA and registration, legal basis per phase, dates. */
export function LegalTriage({ legal }: { legal: LegalTriageResult }) {
  const t = useTranslations("results.legal");
  const text = useResultText();
  const { locale } = text;
  const { legal: legalContent } = useResultsContent();
  return (
    <section id="legal" aria-labelledby="legal-heading" className={styles.section}>
      <h2 id="legal-heading">{t("heading")}</h2>
      <Alert variant="info" announce={false}>
        {legalDisclaimer[locale]}
      </Alert>

      <h3 className="h4">{t("aiAct")}</h3>
      <p>
        <strong>{aiActClassLabels[legal.aiActClass][locale]}</strong>
      </p>
      <LegalFindings findings={legal.aiActReasons} />
      {legal.transparencyDuties.length > 0 ? (
        <>
          <h4 className="h5">{t("transparency")}</h4>
          <LegalFindings findings={legal.transparencyDuties} />
        </>
      ) : null}

      <h3 className="h4">{t("dpia")}</h3>
      <p>
        <strong>{dpiaStatusLabels[legal.dpia.status][locale]}</strong>
      </p>
      <LegalFindings findings={legal.dpia.triggers} />
      <LegalDpiaCriteria criteria={legal.dpia.criteria} />

      <h3 className="h4">{t("fria")}</h3>
      <p>
        <strong>{legal.fria.applies ? t("friaApplies") : t("friaNotApplies")}</strong>{" "}
        {legal.fria.registration ? t("registration") : t("noRegistration")}
      </p>
      <LegalFindings findings={legal.fria.reasons} />

      {legal.automatedDecision.length > 0 ? (
        <>
          <h3 className="h4">{t("automatedDecision")}</h3>
          <LegalFindings findings={legal.automatedDecision} />
        </>
      ) : null}

      <h3 className="h4">{t("legalBasis")}</h3>
      <LegalBasisTable rows={legal.legalBasis} />

      <h3 className="h4">{t("dates")}</h3>
      <LegalDates ids={legal.datesToVerify} />

      <p className={styles.meta}>
        {t("contentVersion", {
          version: legal.legalContentVersion,
          date: formatDate(legal.reviewedOn, locale),
        })}{" "}
        {legalContent.authorities[locale]}
      </p>
    </section>
  );
}
