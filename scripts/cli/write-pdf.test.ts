import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { buildRealisticDocument } from "@/lib/report/report-test-documents";
import { readPdf } from "@/components/pdf/read-pdf";
import { writePdfReport } from "./write-pdf";

describe("writePdfReport", { timeout: 120_000 }, () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it("writes the report as a PDF file, creating the folder it goes in", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "ai-parathed-"));
    folders.push(folder);
    const out = path.join(folder, "rapporter", "rapport.pdf");
    const doc = buildRealisticDocument("en");
    await writePdfReport(doc, assessProject(doc, content), "da", out);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await readPdf(pdf);
    expect(text).toContain("Parathedsrapport");
    expect(text).toContain("Routing written enquiries in Citizen Services");
  });
});
