import { getTranslations } from "next-intl/server";
import { advice, prerequisites } from "@/content/framework";
import type { Locale, SectionId } from "@/lib/schemas/common";

/** Who should take part, what each brings, and the parts of the questionnaire they help with. */
const roles: { key: string; sections: SectionId[] | "all" }[] = [
  { key: "owner", sections: "all" },
  { key: "legal", sections: ["legal", "legal-early"] },
  { key: "dataOwner", sections: ["data-technology", "data-first"] },
  { key: "security", sections: ["data-technology"] },
  { key: "domain", sections: ["organisation", "competences", "start-small"] },
];

export async function BeforeRoles({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "before.roles" });
  const titles = new Map<string, string>(
    [...prerequisites, ...advice].map((section) => [section.id, section.title[locale]]),
  );
  return (
    <section aria-labelledby="roles" className="home-section">
      <h2 id="roles">{t("heading")}</h2>
      <p>{t("text")}</p>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("contributes")}</th>
            <th scope="col">{t("parts")}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map(({ key, sections }) => (
            <tr key={key}>
              <th scope="row">{t(`${key}.name`)}</th>
              <td data-title={t("contributes")}>{t(`${key}.text`)}</td>
              <td data-title={t("parts")}>
                {sections === "all" ? t("allParts") : sections.map((id) => titles.get(id) ?? id).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
