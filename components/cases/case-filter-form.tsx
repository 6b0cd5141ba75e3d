import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/schemas/common";
import { caseStatusFilterSchema, type CaseFilters, type FilterChoices } from "./case-filters";

interface CaseFilterFormProps {
  action: string;
  choices: FilterChoices;
  filters: CaseFilters;
  locale: Locale;
}

const statusLabelKeys = { "in-operation": "inOperation", "not-in-operation": "notInOperation" } as const;

/**
 * The catalogue's filters as a plain GET form: it works without JavaScript, and the filtered list
 * has its own address that can be bookmarked or shared.
 */
export function CaseFilterForm({ action, choices, filters, locale }: CaseFilterFormProps) {
  const t = useTranslations("cases");
  const selects = [
    {
      name: "technology",
      label: t("filters.technology"),
      all: t("filters.allTechnologies"),
      options: choices.technology.map((o) => ({ value: o.value, label: o.label[locale] })),
    },
    {
      name: "domain",
      label: t("filters.domain"),
      all: t("filters.allDomains"),
      options: choices.domain.map((o) => ({ value: o.value, label: o.label[locale] })),
    },
    {
      name: "status",
      label: t("filters.status"),
      all: t("filters.allStatuses"),
      options: caseStatusFilterSchema.options.map((value) => ({
        value,
        label: t(`status.${statusLabelKeys[value]}`),
      })),
    },
  ] as const;

  return (
    <form method="get" action={action} className="case-filters" aria-labelledby="case-filters-heading">
      <h2 id="case-filters-heading" className="h3 mt-0">
        {t("filters.heading")}
      </h2>
      <div className="case-filters-fields">
        {selects.map((select) => (
          <div className="form-group" key={select.name}>
            <label className="form-label" htmlFor={`filter-${select.name}`}>
              {select.label}
            </label>
            <select
              className="form-select"
              id={`filter-${select.name}`}
              name={select.name}
              defaultValue={filters[select.name] ?? ""}
            >
              <option value="">{select.all}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="case-filters-actions">
        <button type="submit" className="button button-primary">
          {t("filters.submit")}
        </button>
        <a href={action} className="case-filters-reset">
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}
