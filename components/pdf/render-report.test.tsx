import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { beforeAll, describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { formatScore } from "@/lib/engine/rounding";
import { plainText } from "@/lib/report/printable-text";
import {
  buildFullyAnsweredDocument,
  buildRealisticDocument,
  extremeTexts,
} from "@/lib/report/report-test-documents";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { readPdf, type PdfContents } from "./read-pdf";
import { prepareFonts, renderReport } from "./render-report";

const generatedAt = new Date("2026-11-28T10:00:00Z");

async function renderAndRead(doc: AnswersDocument, locale: Locale = doc.language): Promise<PdfContents> {
  const pdf = await renderReport(doc, assessProject(doc, content), content, locale, { generatedAt });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return readPdf(pdf);
}

const headings: Record<Locale, string[]> = {
  da: [
    "Sammenfatning til ledelsen",
    "Parathed pr. forudsætning",
    ...content.prerequisites.map((p) => p.title.da),
    "Juridisk screening",
    "Projekter, der ligner jeres",
    "Resten af planen",
    "Bilag: alle spørgsmål og svar",
    "Metode og kilder",
  ],
  en: [
    "Management summary",
    "Readiness per prerequisite",
    ...content.prerequisites.map((p) => p.title.en),
    "Legal triage",
    "Projects like yours",
    "The rest of the plan",
    "Appendix: all questions and answers",
    "Method and sources",
  ],
};

describe("renderReport", { timeout: 120_000 }, () => {
  const reports = {} as Record<Locale, PdfContents>;
  const danishDoc = buildRealisticDocument("da");
  const danishResult = assessProject(danishDoc, content);

  beforeAll(async () => {
    reports.da = await renderAndRead(danishDoc);
    reports.en = await renderAndRead(buildRealisticDocument("en"));
  }, 120_000);

  it("has every section heading, in Danish for a Danish document", () => {
    for (const heading of headings.da) expect(reports.da.text).toContain(heading);
    expect(reports.da.text).not.toContain("The rest of the plan");
    expect(reports.da.text).toContain("Parathedsrapport");
  });

  it("has every section heading, in English for an English document", () => {
    for (const heading of headings.en) expect(reports.en.text).toContain(heading);
    expect(reports.en.text).not.toContain("Resten af planen");
    expect(reports.en.text).toContain("Readiness report");
  });

  it("prints the overall score and each prerequisite's score as the assessment computed them", () => {
    expect(reports.da.text).toContain(`${formatScore(danishResult.overall.score ?? 0, "da")} af 100`);
    for (const prerequisite of danishResult.prerequisites) {
      if (prerequisite.score !== null)
        expect(reports.da.text).toContain(`${formatScore(prerequisite.score, "da")} af 100`);
    }
  });

  it("prints the DPIA's checked criteria and each legal date with the day it was last checked", () => {
    const text = reports.da.text.replace(/\s+/g, " ");
    expect(text).toContain("Kriterier, der er tjekket (WP248)");
    expect(text).toMatch(/Opfyldt: Ny teknologi/);
    const dates = text.slice(text.indexOf("Datoer, I skal tjekke"), text.indexOf("Myndigheder"));
    expect(dates).toContain("sidst kontrolleret");
    expect(dates).not.toMatch(/foreslået|planlagt/i);
  });

  it("prints the closest case's similarity and the economics its organisation stated", () => {
    const top = danishResult.matches[0];
    expect(reports.da.text).toContain(`Lighed: ${formatScore(top?.similarity ?? 0, "da")} %`);
    expect(reports.da.text).toContain("5–6 årsværk");
    expect(reports.da.text).toContain("400.000 kr.");
    expect(reports.da.text).toContain("Ikke oplyst");
    expect(reports.en.text).toContain("DKK 400,000");
    expect(reports.en.text).toContain("Not stated");
  });

  it("draws æ, ø and å as letters a reader can search for", () => {
    expect(reports.da.text).toContain("Ørestad Kommune");
    expect(reports.da.text).toContain("Næstved");
    expect(reports.da.text).toContain("Forudsætning");
    expect(reports.da.text).toMatch(/å/);
  });

  it("numbers every page but the cover and repeats the project and date in the footer", () => {
    const total = reports.da.pages.length;
    expect(reports.da.pages[0]).not.toContain("Side 1 af");
    expect(reports.da.pages[1]).toContain(`Side 2 af ${total}`);
    expect(reports.da.pages[total - 1]).toContain(`Side ${total} af ${total}`);
    expect(reports.da.pages[total - 1]).toContain(
      "Fordeling af skriftlige henvendelser i Borgerservice · 28. november 2026 · AI-parathed",
    );
    expect(reports.en.pages[1]).toContain(`Page 2 of ${reports.en.pages.length}`);
  });

  it("stays a report one can print: a cover and a sane number of pages", () => {
    expect(reports.da.pages[0]).toContain("Fordeling af skriftlige henvendelser i Borgerservice");
    expect(reports.da.pages.length).toBeGreaterThan(6);
    expect(reports.da.pages.length).toBeLessThanOrEqual(12);
  });

  it("carries title, author, subject, language, creator and producer as document metadata", () => {
    expect(reports.da.info).toMatchObject({
      Title: "Parathedsrapport: Fordeling af skriftlige henvendelser i Borgerservice",
      Author: "Ørestad Kommune",
      Subject: "Vurdering af, om et AI-projekt er klar til at gå i gang",
      Language: "da-DK",
      Creator: "AI-parathed",
    });
    expect(String(reports.da.info.Producer)).toContain("AI-parathed");
    expect(reports.en.info.Language).toBe("en-GB");
  });

  it("lays out an odd title and prints answers as text, in the requested language rather than the document's", async () => {
    const markup = "<b>fed</b> {{titel}} ${process.env.HOME} **stjerne**";
    const doc = {
      ...danishDoc,
      project: { ...danishDoc.project, title: extremeTexts.oddTitle },
      answers: {
        ...danishDoc.answers,
        domain: { type: "option" as const, value: "administration", note: markup },
      },
    };
    const report = await renderAndRead(doc, "en");
    expect(report.text).toContain("The rest of the plan");
    // What the typeface lacks (emoji, Arabic and Hebrew script) is printed as "?" and explained.
    expect(report.pages[0]).toContain("Projekt ? Ældre? «AI» – ? ? ? / ? ✓ § 136 e");
    expect(report.text).toContain("Characters the report's typeface cannot show");
    expect(report.text).toContain(`Note: ${markup}`);
  });

  it("lays out a 200-character word, a 5000-character description and 1000-character notes on every answer", async () => {
    const doc = buildFullyAnsweredDocument("da", extremeTexts.note, {
      title: extremeTexts.longWordTitle,
      organisation: extremeTexts.longWordTitle,
      description: extremeTexts.description,
    });
    expect(Object.keys(doc.answers)).toHaveLength(content.questions.length);
    const report = await renderAndRead(doc);
    // Long words break across lines with a hyphen; a reader copying the text gets them back whole.
    const squeezed = report.text.replace(/[\s-]/g, "");
    expect(squeezed).toContain(extremeTexts.longWordTitle);
    expect(squeezed).toContain("ø".repeat(300));
    expect(report.pages.length).toBeGreaterThan(20);
    expect(report.pages.length).toBeLessThan(150);
  });

  it("keeps the cover on one page however wide the title, organisation and description are", async () => {
    const wide = "W".repeat(200);
    const doc = { ...danishDoc, project: { title: wide, organisation: wide, description: "W".repeat(5000) } };
    const report = await renderAndRead(doc);
    expect(report.pages[0]).toContain("Juridisk indhold");
    expect(report.pages[1]).toContain("Sammenfatning");
  });

  it("keeps the cover on one page when the description is as many short lines as it may be", async () => {
    const description = Array.from({ length: 61 }, (_, index) => `linje ${index + 1}`).join("\n");
    const report = await renderAndRead({ ...danishDoc, project: { ...danishDoc.project, description } });
    expect(report.pages[0]).toContain("Juridisk indhold");
    expect(report.pages[1]).toContain("Sammenfatning");
    // The appendix still has the whole description.
    expect(report.text).toContain("linje 61");
  });

  it("renders soft hyphens that stand alone or end a line in title, organisation and description", async () => {
    for (const project of [
      { title: "Projekt\u00ad", organisation: "\u00ad", description: "abc\n\u00ad" },
      { title: "Projekt B\u00ad\u00ad", organisation: " \u00ad ", description: "\u00ad\u00ad a" },
    ]) {
      const report = await renderAndRead({ ...danishDoc, project });
      expect(report.pages[0]).toContain("Projekt");
    }
  });

  it("prints every line of a note taller than a page, going on over the next page", async () => {
    const lines = Array.from({ length: 90 }, (_, index) => `punkt ${index + 1}`);
    const doc = {
      ...danishDoc,
      answers: {
        ...danishDoc.answers,
        "dt-data-access": { type: "option" as const, value: "both-agreed", note: lines.join("\n") },
      },
    };
    const report = await renderAndRead(doc);
    const appendix = report.pages.filter((page) => page.includes("punkt "));
    for (const line of lines) expect(appendix.join("\n")).toMatch(new RegExp(`${line}(?!\\d)`));
    expect(appendix.length).toBeGreaterThanOrEqual(2);
  });

  it("uses a typeface that draws every character the report treats as plain text", async () => {
    const hasGlyph = await prepareFonts();
    const missing: string[] = [];
    for (let codePoint = 0x20; codePoint <= 0x2026; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      if (plainText.test(char) && !hasGlyph(codePoint)) missing.push(codePoint.toString(16));
    }
    expect(missing).toEqual([]);
  });
  it("prints the same report again, byte for byte but its date and ID, from text shaped before", async () => {
    // A document no earlier test rendered: its first report shapes every run anew, the second
    // takes them from the fonts' shaping cache.
    const doc = buildRealisticDocument("en");
    const render = () => renderReport(doc, assessProject(doc, content), content, "da", { generatedAt });
    const withoutVolatile = (pdf: Buffer) =>
      pdf
        .toString("latin1")
        .replace(/\(D:\d{14}Z\)/g, "(D:date)")
        .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "/ID []");
    const first = await render();
    const second = await render();
    expect(withoutVolatile(second)).toBe(withoutVolatile(first));
  });
  it("lets each report go once it is made: a thread that makes report after report keeps no heap for them", async () => {
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    const doc = buildRealisticDocument("da");
    const result = assessProject(doc, content);
    const render = () => renderReport(doc, result, content, "da", { generatedAt });
    for (let i = 0; i < 3; i++) await render();
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10; i++) await render();
    collectGarbage();
    const grown = process.memoryUsage().heapUsed - before;
    // A report whose React tree stays behind keeps about half a megabyte.
    expect(grown).toBeLessThan(2_000_000);
  });
});
