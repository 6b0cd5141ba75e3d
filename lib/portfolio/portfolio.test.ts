import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { validateAnswers } from "../engine/validate-answers";
import { buildPortfolioRow, type PortfolioRow } from "./build-portfolio-row";
import { buildPortfolioCsv, type PortfolioCsvHeadings } from "./portfolio-csv";
import { filterPortfolio, sortPortfolio } from "./sort-portfolio";

const names = ["faxe", "naestved", "atp", "prenaital"];
const generatedAt = new Date("2026-12-07T10:00:00Z");
const rows = names.map((name) => {
  const result = validateAnswers(
    JSON.parse(readFileSync(join(__dirname, "../../examples", `${name}.json`), "utf8")),
    content,
    "da",
  );
  if (!result.ok) throw new Error(`${name} is not valid`);
  return buildPortfolioRow(`${name}.json`, result.doc, content, "da", generatedAt);
});

const headings: PortfolioCsvHeadings = {
  project: "Projekt",
  organisation: "Organisation",
  level: "Niveau",
  overall: "Samlet",
  scores: ["D", "O", "K", "J", "S"],
  blockers: "Stopklodser",
  aiActClass: "AI-forordningen",
  dpia: "DPIA",
  fria: "FRIA",
  closestCase: "Nærmeste case",
  firstAction: "Første handling",
};

describe("portfolio rows", () => {
  it("give each project its title, organisation, level, five scores and legal triage", () => {
    const faxe = rows[0]!;
    expect(faxe.project).toBe("Automatisk registrering af vejskader");
    expect(faxe.organisation).toBe("Faxe Kommune");
    expect(faxe.scores).toHaveLength(5);
    expect(faxe.level).not.toBe("");
    expect(faxe.aiActClass).not.toBe("");
    expect(faxe.closestCase).toMatch(/%/);
  });

  it("sort by a score with the missing ones last when descending, and filter by words", () => {
    const sorted = sortPortfolio(rows, "overall", "descending", "da");
    const overall = sorted.map((row) => row.overall ?? -1);
    expect(overall).toEqual([...overall].sort((a, b) => b - a));
    expect(filterPortfolio(rows, { text: "faxe vejskader", level: null, withBlockers: false })).toHaveLength(
      1,
    );
  });
});

describe("the portfolio as CSV", () => {
  it("opens in Danish Excel: a byte order mark, semicolons, one line per project and Danish letters kept", () => {
    const csv = buildPortfolioCsv(rows, headings);
    expect(csv.startsWith("\uFEFFProjekt;Organisation;Niveau;Samlet;D;O;K;J;S;")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv).toContain("Næstved Kommune");
  });

  it("quotes separators and quotes, and keeps a title that looks like a formula from running", () => {
    const tricky: PortfolioRow = { ...rows[0]!, project: '=HYPERLINK("x");1', organisation: 'Kommune "A"' };
    const line = buildPortfolioCsv([tricky], headings).split("\r\n")[1] ?? "";
    expect(line.startsWith(`"'=HYPERLINK(""x"");1";"Kommune ""A"""`)).toBe(true);
  });
});
