"use client";

import { useLocale, useTranslations } from "next-intl";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { readinessLevelIds, type Locale } from "@/lib/schemas/common";

export interface FilterState {
  text: string;
  level: string | null;
  withBlockers: boolean;
}

/** Search, level and "only with blockers" for the portfolio table. */
export function PortfolioFilters({
  filter,
  onChange,
}: {
  filter: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const t = useTranslations("portfolio.filter");
  const locale = useLocale() as Locale;
  const content = useResultsContent();
  const levelLabel = (id: string) =>
    content.readinessLevels.find((level) => level.id === id)?.label[locale] ?? id;
  return (
    <fieldset className="no-print mb-5">
      <legend className="h4">{t("heading")}</legend>
      <div className="form-group">
        <label className="form-label" htmlFor="portfolio-search">
          {t("text")}
        </label>
        <input
          className="form-input"
          id="portfolio-search"
          type="search"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="portfolio-level">
          {t("level")}
        </label>
        <select
          className="form-select"
          id="portfolio-level"
          value={filter.level ?? ""}
          onChange={(event) => onChange({ ...filter, level: event.target.value || null })}
        >
          <option value="">{t("levelAll")}</option>
          {readinessLevelIds.map((id) => (
            <option key={id} value={id}>
              {levelLabel(id)}
            </option>
          ))}
          <option value="none">{t("levelNone")}</option>
        </select>
      </div>
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          id="portfolio-blockers"
          type="checkbox"
          checked={filter.withBlockers}
          onChange={(event) => onChange({ ...filter, withBlockers: event.target.checked })}
        />
        <label htmlFor="portfolio-blockers" className="form-label">
          {t("withBlockers")}
        </label>
      </div>
    </fieldset>
  );
}
