import type { PortfolioRow } from "./build-portfolio-row";

/** The column headings, in the page's language. */
export interface PortfolioCsvHeadings {
  project: string;
  organisation: string;
  level: string;
  overall: string;
  /** One per prerequisite, in the rows' order. */
  scores: string[];
  blockers: string;
  aiActClass: string;
  dpia: string;
  fria: string;
  closestCase: string;
  firstAction: string;
}

/**
 * A cell as Excel reads it: quoted when it holds the separator, a quote or a line break, and a
 * text that starts like a formula prefixed with an apostrophe, so that no imported title runs as one.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The portfolio as CSV that Danish Excel opens by double-click: UTF-8 with a byte order mark (so
 * æ, ø and å survive), semicolons between cells (the comma is the Danish decimal mark) and CR LF
 * between rows.
 */
export function buildPortfolioCsv(rows: readonly PortfolioRow[], headings: PortfolioCsvHeadings): string {
  const header = [
    headings.project,
    headings.organisation,
    headings.level,
    headings.overall,
    ...headings.scores,
    headings.blockers,
    headings.aiActClass,
    headings.dpia,
    headings.fria,
    headings.closestCase,
    headings.firstAction,
  ];
  const lines = rows.map((row) => [
    row.project,
    row.organisation,
    row.level,
    row.overall === null ? row.overallText : String(row.overall),
    ...row.scores.map((score) => score.text),
    row.blockers.join(" | "),
    row.aiActClass,
    row.dpia,
    row.fria,
    row.closestCase,
    row.firstAction,
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(cell).join(";")).join("\r\n")}\r\n`;
}
