import { readinessLevelIds } from "../schemas/common";
import type { PortfolioRow } from "./build-portfolio-row";

export type PortfolioSortKey =
  "project" | "organisation" | "level" | "overall" | "blockers" | `score:${string}`;

export interface PortfolioFilter {
  /** Words to find in the project, organisation or any shown text; empty for all. */
  text: string;
  /** Only rows at this level ("none": without a level yet); null for all. */
  level: string | null;
  /** Only rows with at least one blocker. */
  withBlockers: boolean;
}

function sortValue(row: PortfolioRow, key: PortfolioSortKey): number | string {
  switch (key) {
    case "project":
      return row.project;
    case "organisation":
      return row.organisation;
    case "level":
      return row.levelId === null ? -1 : readinessLevelIds.indexOf(row.levelId);
    case "overall":
      return row.overall ?? -1;
    case "blockers":
      return row.blockers.length;
    default:
      return row.scores.find((score) => `score:${score.id}` === key)?.score ?? -1;
  }
}

/** The rows sorted by one column (a missing score sorts as lowest), ties by project title. */
export function sortPortfolio(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey,
  direction: "ascending" | "descending",
  locale: string,
): PortfolioRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const order =
      typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : collator.compare(a.project, b.project);
  });
}

/** The rows that pass the filter. */
export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.withBlockers && row.blockers.length === 0) return false;
    if (filter.level !== null && (row.levelId ?? "none") !== filter.level) return false;
    if (words.length === 0) return true;
    const haystack = [row.project, row.organisation, row.closestCase, row.firstAction, ...row.blockers]
      .join(" ")
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
