import { useTranslations } from "next-intl";
import { formatEconomicAmount } from "@/lib/format";
import type { CaseStudy, EconomicFigure } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";

const rows = ["investment", "annualOperation", "annualSaving"] as const;

/**
 * A case's economics as the organisation stated them, on the case page and the business case page
 * alike. Where the catalogue gives no figure, the table says why ("Ikke oplyst", "Ikke beregnet" …)
 * rather than show a number. On a narrow screen each row becomes a block with its column names
 * (DKFDS responsive headers).
 */
export function CaseEconomics({
  study,
  locale,
}: {
  study: Pick<CaseStudy, "organisation" | "economics">;
  locale: Locale;
}) {
  const t = useTranslations("common.economics");
  const describe = (figure: EconomicFigure) =>
    formatEconomicAmount(figure, locale) ??
    (figure.kind === "not-stated" ? t(`reasons.${figure.reason}`) : "");

  return (
    <>
      <table className="table table--responsive-headers case-economics">
        <caption className="sr-only">{t("caption", { organisation: study.organisation[locale] })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("item")}</th>
            <th scope="col">{t("amount")}</th>
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const figure = study.economics[row];
            const note = figure.note?.[locale];
            return (
              <tr key={row}>
                <th scope="row">{t(row)}</th>
                <td
                  data-title={t("amount")}
                  className={
                    figure.kind === "not-stated" ? "case-economics-missing" : "case-economics-amount"
                  }
                >
                  {describe(figure)}
                </td>
                <td data-title={note ? t("note") : ""}>{note ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {study.economics.note ? <p className="mt-4">{study.economics.note[locale]}</p> : null}
    </>
  );
}
