import { useTranslations } from "next-intl";
import { StructuredList } from "@/components/ui/structured-list";
import { vocabulary } from "@/content/vocabulary";
import type { CaseStudy } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";
import { listProfileValues } from "./case-filters";

/**
 * How the tool classifies the case in the profile vocabulary, i.e. what a project is compared
 * with. Attributes the catalogue does not state say so.
 */
export function CaseProfile({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations("cases.detail");
  const items = vocabulary
    .filter((attribute) => attribute.matchWeight > 0)
    .map((attribute) => {
      const ids = listProfileValues(study.profile[attribute.id]);
      const labels = ids.map((id) => attribute.values.find((value) => value.id === id)?.label[locale] ?? id);
      return {
        label: attribute.label[locale],
        value: labels.length > 0 ? labels.join(", ") : <em>{t("profileNotStated")}</em>,
      };
    });

  return (
    <details className="details">
      <summary className="details-summary">{t("profile")}</summary>
      <div className="details-text">
        <p>{t("profileLead")}</p>
        <StructuredList items={items} />
        {study.profileNotes.length > 0 ? (
          <>
            <h3 className="h4">{t("profileNotes")}</h3>
            <ul>
              {study.profileNotes.map((note) => (
                <li key={note.da}>{note[locale]}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
}
