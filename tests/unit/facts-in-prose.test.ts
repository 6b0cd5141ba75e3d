import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import * as businessCaseDefaults from "@/content/business-case/defaults";

/**
 * Each fact written once: a date in the product's prose must be a date the data holds. A rule's
 * date (the AI Act's obligations, the Omnibus' new dates) must be one of `content.legal.dates`, the
 * one place the triage reads its dates from; a document's date (an opinion, a consultation, a
 * ministry's note) must be stated in that document's own citation in the content, or in the
 * vendored fact sheets (docs/sources). A date typed into a sentence and nowhere else fails here.
 */
const root = join(__dirname, "../..");

const months = {
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
/** "2. august 2026", "2 August 2026", and in the data also "2026-08-02". */
const proseDate = `(\\d{1,2})\\.? (${[...months.da, ...months.en].join("|")}) (\\d{4})`;
const datePattern = new RegExp(`${proseDate}|(\\d{4})-(\\d{2})-(\\d{2})`, "g");
const proseDatePattern = new RegExp(proseDate, "g");

function isoDates(text: string, pattern = datePattern): string[] {
  return [...text.matchAll(pattern)].map((match) => {
    if (match[4]) return `${match[4]}-${match[5]}-${match[6]}`;
    const month = Math.max(months.da.indexOf(match[2]!), months.en.indexOf(match[2]!)) + 1;
    return `${match[3]}-${String(month).padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  });
}

function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

const isProductSource = (path: string) =>
  /\.(ts|tsx|json)$/.test(path) && !/\.test\.tsx?$|test-helper|test-utils|\.d\.ts$/.test(path);

/** The code's comments explain formats with example dates; only what a user can read counts. */
function withoutComments(text: string, path: string): string {
  if (path.endsWith(".json")) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** Every string under a `source`, `citation` or `reference` key: the documents the content cites. */
function citedText(value: unknown, cited = false): string[] {
  if (typeof value === "string") return cited ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => citedText(item, cited));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      citedText(item, cited || ["source", "citation", "reference"].includes(key)),
    );
  }
  return [];
}

const ruleDates = new Set(content.legal.dates.map((entry) => entry.date));
const documentDates = new Set(citedText({ content, businessCaseDefaults }).flatMap((text) => isoDates(text)));
const factSheetDates = new Set(
  filesUnder(join(root, "docs/sources"), (path) => path.endsWith(".md")).flatMap((path) =>
    isoDates(readFileSync(path, "utf8")),
  ),
);

const prose = ["content", "lib", "components", "app"].flatMap((folder) =>
  filesUnder(join(root, folder), isProductSource).map((path) => ({
    file: relative(root, path),
    text: withoutComments(readFileSync(path, "utf8"), path),
  })),
);

describe("each date in the product's prose is a date the data holds", () => {
  it("finds the dates it checks (the legal dates are written in prose)", () => {
    expect(prose.flatMap(({ text }) => isoDates(text, proseDatePattern)).length).toBeGreaterThan(20);
    expect(ruleDates.size).toBeGreaterThan(4);
  });

  it("writes no date that is neither a legal date, a cited document's date nor in the fact sheets", () => {
    const unknown = prose.flatMap(({ file, text }) =>
      // A Danish act is cited by its number and date ("lov nr. 692 af 8. juni 2018"): self-citing.
      isoDates(
        text.replace(/(lov nr\.|Act No\.) \d+ (af|of) \d{1,2}\.? \p{L}+ \d{4}/giu, ""),
        proseDatePattern,
      )
        .filter((date) => !ruleDates.has(date) && !documentDates.has(date) && !factSheetDates.has(date))
        .map((date) => `${file}: ${date}`),
    );
    expect(unknown).toEqual([]);
  });
});
