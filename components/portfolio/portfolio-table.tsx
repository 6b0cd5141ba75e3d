"use client";

import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PortfolioRow } from "@/lib/portfolio/build-portfolio-row";
import type { PortfolioSortKey } from "@/lib/portfolio/sort-portfolio";

type Sort = { key: PortfolioSortKey; direction: "ascending" | "descending" };

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: PortfolioSortKey;
  sort: Sort;
  onSort: (next: Sort) => void;
}) {
  const t = useTranslations("portfolio");
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className="function-link"
        aria-label={t("sortBy", { column: label })}
        onClick={() =>
          onSort({
            key: sortKey,
            direction: active && sort.direction === "ascending" ? "descending" : "ascending",
          })
        }
      >
        {label}
        {active ? (sort.direction === "ascending" ? " ▲" : " ▼") : null}
      </button>
    </th>
  );
}

/** The portfolio's table: one row per project, every column sortable. */
export function PortfolioTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly PortfolioRow[];
  sort: Sort;
  onSort: (next: Sort) => void;
}) {
  const t = useTranslations("portfolio");
  const scoreColumns = rows[0]?.scores ?? [];
  const header = (key: PortfolioSortKey, label: string) => (
    <SortHeader key={key} label={label} sortKey={key} sort={sort} onSort={onSort} />
  );
  return (
    <TableScroll label={t("caption")}>
      <table className="table table--compact">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            {header("project", t("columns.project"))}
            {header("organisation", t("columns.organisation"))}
            {header("level", t("columns.level"))}
            {header("overall", t("columns.overall"))}
            {scoreColumns.map((score) => header(`score:${score.id}`, score.title))}
            {header("blockers", t("columns.blockers"))}
            <th scope="col">{t("columns.aiActClass")}</th>
            <th scope="col">{t("columns.dpia")}</th>
            <th scope="col">{t("columns.fria")}</th>
            <th scope="col">{t("columns.closestCase")}</th>
            <th scope="col">{t("columns.firstAction")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.fileName}-${index}`}>
              <th scope="row">{row.project}</th>
              <td>{row.organisation}</td>
              <td>{row.level}</td>
              <td>{row.overall ?? row.overallText}</td>
              {row.scores.map((score) => (
                <td key={score.id}>{score.text}</td>
              ))}
              <td>
                {row.blockers.length === 0 ? (
                  t("noBlockers")
                ) : (
                  <ul className="m-0">
                    {row.blockers.map((blocker) => (
                      <li key={blocker}>{blocker}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{row.aiActClass}</td>
              <td>{row.dpia}</td>
              <td>{row.fria}</td>
              <td>{row.closestCase}</td>
              <td>{row.firstAction}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
