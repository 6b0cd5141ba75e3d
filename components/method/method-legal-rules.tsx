import { getTranslations } from "next-intl/server";
import { legalContent } from "@/content/legal";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/schemas/common";

/** The rules behind the legal triage, with their references and sources, in a DKFDS details box. */
export async function MethodLegalRules({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.legal" });
  return (
    <details className="details">
      <summary className="details-summary">{t("rulesSummary")}</summary>
      <div className="details-text">
        <p>
          {t("rulesIntro", {
            date: formatDate(legalContent.reviewedOn, locale),
            version: legalContent.version,
          })}
        </p>
        <table className="table table--responsive-headers table--compact">
          <caption className="sr-only">{t("rulesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rule")}</th>
              <th scope="col">{t("reference")}</th>
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {legalContent.rules.map((rule) => (
              <tr key={rule.id}>
                <th scope="row">{rule.title[locale]}</th>
                <td data-title={t("reference")}>{rule.reference[locale]}</td>
                <td data-title={t("source")}>
                  {rule.source.title[locale]}, {rule.source.citation[locale]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{legalContent.authorities[locale]}</p>
      </div>
    </details>
  );
}
