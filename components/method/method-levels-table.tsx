import { getTranslations } from "next-intl/server";
import { readinessLevels } from "@/content/framework";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/schemas/common";

/** The four readiness levels with their score ranges, read from the same data the engine uses. */
export async function MethodLevelsTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.levels" });
  const levels = [...readinessLevels].sort((a, b) => a.minScore - b.minScore);
  return (
    <table className="table table--responsive-headers method-levels">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("level")}</th>
          <th scope="col">{t("range")}</th>
          <th scope="col">{t("meaning")}</th>
        </tr>
      </thead>
      <tbody>
        {levels.map((level, index) => {
          const next = levels[index + 1];
          const min = formatNumber(level.minScore, locale);
          const range = next
            ? t("rangeFrom", { min, max: formatNumber(next.minScore, locale) })
            : t("rangeTop", { min });
          return (
            <tr key={level.id}>
              <th scope="row">{level.label[locale]}</th>
              <td className="nowrap" data-title={t("range")}>
                {range}
              </td>
              <td data-title={t("meaning")}>{level.meaning[locale]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
