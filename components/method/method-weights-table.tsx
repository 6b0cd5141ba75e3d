import { getTranslations } from "next-intl/server";
import { vocabulary } from "@/content/vocabulary";
import { apportion } from "@/lib/engine/rounding";
import { formatNumber, formatQuantity } from "@/lib/format";
import type { Locale } from "@/lib/schemas/common";

/** The profile attributes' weights in case matching, read from the vocabulary the engine uses. */
export async function MethodWeightsTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.matching" });
  const weighted = vocabulary
    .filter((attribute) => attribute.matchWeight > 0)
    .sort((a, b) => b.matchWeight - a.matchWeight);
  // Whole per cents that add up to exactly 100.
  const shares = apportion(
    weighted.map((attribute) => attribute.matchWeight),
    100,
  );
  const triageOnly = vocabulary.filter((attribute) => attribute.matchWeight === 0);

  return (
    <>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("attribute")}</th>
            <th scope="col" className="align-text-right">
              {t("weight")}
            </th>
            <th scope="col" className="align-text-right">
              {t("share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {weighted.map((attribute, index) => (
            <tr key={attribute.id}>
              <th scope="row">{attribute.label[locale]}</th>
              <td className="align-text-right" data-title={t("weight")}>
                {formatNumber(attribute.matchWeight, locale)}
              </td>
              <td className="align-text-right" data-title={t("share")}>
                {formatQuantity({ value: shares[index] ?? 0, unit: "percent" }, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {triageOnly.length > 0 ? (
        <p>
          {t("triageOnly", {
            attributes: triageOnly
              .map((attribute) => attribute.label[locale].toLocaleLowerCase(locale))
              .join(", "),
          })}
        </p>
      ) : null}
    </>
  );
}
