// @vitest-environment jsdom
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { buildManagementSummary } from "@/lib/report/build-management-summary";
import { buildReportModel } from "@/lib/report/build-report-model";
import { buildRealisticDocument } from "@/lib/report/report-test-documents";
import type { Locale } from "@/lib/schemas/common";
import { renderWordReport } from "./render-word-report";

const generatedAt = new Date("2026-11-28T10:00:00Z");
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Unzipped {
  document: Document;
  core: Document;
  styles: Document;
}

function parseXml(xml: string): Document {
  const parsed = new DOMParser().parseFromString(xml, "application/xml");
  expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
  return parsed;
}

async function unzip(file: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(file);
  const read = async (name: string) => {
    const entry = zip.file(name);
    expect(entry, name).not.toBeNull();
    return parseXml((await entry?.async("string")) ?? "");
  };
  return {
    document: await read("word/document.xml"),
    core: await read("docProps/core.xml"),
    styles: await read("word/styles.xml"),
  };
}

/** The paragraphs of the document with their style (Heading1, Title …) and text. */
function paragraphs(document: Document): { style: string | null; text: string }[] {
  return Array.from(document.getElementsByTagNameNS(W, "p")).map((p) => ({
    style: p.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? null,
    text: Array.from(p.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent)
      .join(""),
  }));
}

describe("the Word report", { timeout: 120_000 }, () => {
  const files = {} as Record<Locale, Unzipped>;
  const doc = buildRealisticDocument("da");
  const result = assessProject(doc, content);

  beforeAll(async () => {
    for (const locale of ["da", "en"] as const) {
      const file = await renderWordReport(doc, result, content, locale, { generatedAt });
      files[locale] = await unzip(file);
    }
  });

  it("has a title, real headings in order and the report's parts as level-1 headings", () => {
    const all = paragraphs(files.da.document);
    expect(all[0]).toEqual({ style: "Title", text: `Parathedsrapport: ${doc.project.title}` });
    const level1 = all.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(level1).toEqual([
      "Sammenfatning til ledelsen",
      "Parathed pr. forudsætning",
      "Juridisk screening",
      "Projekter, der ligner jeres",
      "Resten af planen",
      "Bilag: alle spørgsmål og svar",
      "Metode og kilder",
    ]);
    expect(all.filter((p) => p.style === "Heading2").length).toBeGreaterThan(10);
    const english = paragraphs(files.en.document)
      .filter((p) => p.style === "Heading1")
      .map((p) => p.text);
    expect(english[0]).toBe("Management summary");
  });

  it("gives every table a header row that repeats on each page", () => {
    const tables = Array.from(files.da.document.getElementsByTagNameNS(W, "tbl"));
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      const firstRow = table.getElementsByTagNameNS(W, "tr")[0];
      expect(firstRow?.getElementsByTagNameNS(W, "tblHeader")).toHaveLength(1);
    }
  });

  it("sets the document's title and its language, Danish or English", () => {
    const title = files.da.core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")[0];
    expect(title?.textContent).toBe(`Parathedsrapport: ${doc.project.title}`);
    const lang = (styles: Document) =>
      styles
        .getElementsByTagNameNS(W, "docDefaults")[0]
        ?.getElementsByTagNameNS(W, "lang")[0]
        ?.getAttributeNS(W, "val");
    expect(lang(files.da.styles)).toBe("da-DK");
    expect(lang(files.en.styles)).toBe("en-GB");
  });

  it("prints every action of the plan once, and the answers with their notes", () => {
    const text = paragraphs(files.da.document)
      .map((p) => p.text)
      .join("\n");
    const model = buildReportModel(doc, result, content, "da", { generatedAt });
    for (const item of model.plan) expect(text.split(item.recommendation).length - 1, item.title).toBe(1);
    const summary = buildManagementSummary(model);
    expect(text).toContain(summary.verdict.levelLabel);
    for (const study of summary.cases) expect(text).toContain(study.organisation);
  });

  it("leaves out characters XML cannot hold rather than making a file Word refuses", async () => {
    const odd = {
      ...doc,
      answers: {
        ...doc.answers,
        domain: { type: "option" as const, value: "administration", note: "a\u0001b\u000bc" },
      },
    };
    const file = await unzip(
      await renderWordReport(odd, assessProject(odd, content), content, "da", { generatedAt }),
    );
    const text = paragraphs(file.document)
      .map((p) => p.text)
      .join("\n");
    expect(text).toContain("abc");
  });

  it("has the progress section when asked with an earlier file, and the project group's section for a consensus", async () => {
    const earlier = {
      ...doc,
      answers: { ...doc.answers, "dfirst-data-owner": { type: "dont-know" as const } },
    };
    const consensus = {
      settledAt: "2026-11-27T10:00:00+01:00",
      participants: [
        { name: "Mette Hansen", role: "Jurist" },
        { name: "Ole Jensen", role: "Projektleder" },
      ],
      disagreements: [],
    };
    const file = await unzip(
      await renderWordReport({ ...doc, consensus }, result, content, "da", {
        generatedAt,
        previous: { document: earlier, result: assessProject(earlier, content) },
      }),
    );
    const all = paragraphs(file.document);
    const level2 = all.filter((p) => p.style === "Heading2").map((p) => p.text);
    expect(level2).toContain("Udvikling siden den tidligere fil");
    expect(level2).toContain("Projektgruppens uenigheder");
    const text = all.map((p) => p.text).join("\n");
    expect(text).toContain("1 svar er ændret");
    expect(text).toContain("Deltagere: Mette Hansen (Jurist), Ole Jensen (Projektleder).");
  });
});
