/** The benchmark's one table, as Markdown, so it can go into docs/performance.md unchanged. */
import type { BudgetStatus } from "../../tests/support/budgets";

export interface BenchRow {
  measure: string;
  page: string;
  figure: string;
  /** "≤ 1.15× bare (155.1 kB)"; "none" where the figure has no budget. */
  budget: string;
  status: BudgetStatus | "–";
}

const headings: Record<keyof BenchRow, string> = {
  measure: "Measure",
  page: "Page",
  figure: "Figure",
  budget: "Budget",
  status: "Status",
};

const columns = Object.keys(headings) as (keyof BenchRow)[];

export function formatTable(rows: BenchRow[]): string {
  const widths = columns.map((column) =>
    Math.max(headings[column].length, ...rows.map((row) => [...row[column]].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell + " ".repeat((widths[index] ?? 0) - [...cell].length)).join(" | ")} |`;
  return [
    line(columns.map((column) => headings[column])),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...rows.map((row) => line(columns.map((column) => row[column]))),
  ].join("\n");
}

export function countOver(rows: BenchRow[]): number {
  return rows.filter((row) => row.status === "OVER").length;
}
