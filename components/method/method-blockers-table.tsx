import { getTranslations } from "next-intl/server";
import { blockers } from "@/content/blockers";
import { prerequisites, readinessLevels } from "@/content/framework";
import type { Locale } from "@/lib/schemas/common";

/** Every blocker and the level it caps a project at, read from the content the engine uses. */
export async function MethodBlockersTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.blockers" });
  const titleOf = (id: string) =>
    prerequisites.find((prerequisite) => prerequisite.id === id)?.title[locale] ?? id;
  const levelOf = (id: string) => readinessLevels.find((level) => level.id === id)?.label[locale] ?? id;
  return (
    <table className="table table--responsive-headers">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("blocker")}</th>
          <th scope="col">{t("prerequisite")}</th>
          <th scope="col">{t("capsAt")}</th>
        </tr>
      </thead>
      <tbody>
        {blockers.map((blocker) => (
          <tr key={blocker.id}>
            <th scope="row">{blocker.title[locale]}</th>
            <td data-title={t("prerequisite")}>{titleOf(blocker.prerequisite)}</td>
            <td data-title={t("capsAt")}>{levelOf(blocker.capsAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
