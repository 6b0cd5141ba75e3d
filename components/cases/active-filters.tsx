import { useTranslations } from "next-intl";
import { TagLink } from "@/components/ui/tag-link";
import type { Locale } from "@/lib/schemas/common";
import { buildFilterHref, type CaseFilters, type FilterChoices, type FilterName } from "./case-filters";

interface ActiveFiltersProps {
  basePath: string;
  choices: FilterChoices;
  filters: CaseFilters;
  locale: Locale;
}

/** The chosen filters as tags; following a tag removes that filter. */
export function ActiveFilters({ basePath, choices, filters, locale }: ActiveFiltersProps) {
  const t = useTranslations("cases");
  const labelOf = (name: "technology" | "domain", value: string) =>
    choices[name].find((option) => option.value === value)?.label[locale] ?? value;

  const active: { name: FilterName; value: string }[] = [];
  if (filters.technology)
    active.push({ name: "technology", value: labelOf("technology", filters.technology) });
  if (filters.domain) active.push({ name: "domain", value: labelOf("domain", filters.domain) });
  if (filters.status) {
    const key = filters.status === "in-operation" ? "inOperation" : "notInOperation";
    active.push({ name: "status", value: t(`status.${key}`) });
  }
  if (active.length === 0) return null;

  return (
    <div className="active-filters">
      <h2 className="h5 mt-0 mb-3">{t("filters.active")}</h2>
      <ul className="unstyled-list active-filters-list">
        {active.map(({ name, value }) => (
          <li key={name}>
            <TagLink href={buildFilterHref(basePath, { ...filters, [name]: null })} icon="close">
              <span className="sr-only">{t("filters.removePrefix")}</span>{" "}
              {`${t(`filters.${name}`)}: ${value}`}
            </TagLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
