import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { buildManagementSummary } from "@/lib/report/build-management-summary";
import { buildReportModel } from "@/lib/report/build-report-model";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { readPdf } from "./read-pdf";
import { renderReport } from "./render-report";

const generatedAt = new Date("2026-11-28T10:00:00Z");
const examplesDir = path.join(process.cwd(), "examples");
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({
    name,
    doc: JSON.parse(readFileSync(path.join(examplesDir, name), "utf8")) as AnswersDocument,
  }));

const locales: Locale[] = ["da", "en"];
const squeeze = (text: string) => text.replace(/\s+/g, " ");
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("the report of every example", { timeout: 300_000 }, () => {
  it("finds the examples", () => expect(examples.length).toBeGreaterThanOrEqual(6));

  for (const { name, doc } of examples) {
    for (const locale of locales) {
      it(`${name} in ${locale}: at most 12 well-filled pages, a two-page summary, each action once`, async () => {
        const result = assessProject(doc, content);
        const pdf = await renderReport(doc, result, content, locale, { generatedAt });
        const report = await readPdf(pdf);
        const pages = report.pages.length;
        expect(pages).toBeLessThanOrEqual(12);

        // No page but the last is less than a third full.
        report.fills.slice(0, -1).forEach((fill, index) => {
          expect(fill, `page ${index + 1} of ${pages}`).toBeGreaterThan(1 / 3);
        });

        const model = buildReportModel(doc, result, content, locale, { generatedAt });
        const summary = buildManagementSummary(model);
        // The summary, after the cover, ends within two pages: its last part is on page 2 or 3.
        const casesPage = report.pages.findIndex((page) => page.includes(summary.texts.cases));
        expect(casesPage).toBeGreaterThanOrEqual(1);
        expect(casesPage).toBeLessThanOrEqual(2);
        expect(report.pages[1]).toContain(summary.verdict.levelLabel);

        // Every action of the plan is printed, and only once.
        const text = squeeze(report.text);
        for (const item of model.plan) {
          const start = squeeze(item.recommendation).slice(0, 60);
          expect(count(text, start), `action ${item.rank}: ${start}`).toBe(1);
        }
      });
    }
  }
});
