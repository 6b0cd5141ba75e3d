import { beforeAll, describe, expect, it } from "vitest";
import { content } from "@/content";
import { buildManagementSummary } from "@/lib/report/build-management-summary";
import { buildPresentation, buildReportModel } from "@/lib/report/build-report-model";
import type { Locale } from "@/lib/schemas/common";
import { formatSummary } from "@/scripts/cli/format-summary";
import { assessExample, exampleFiles, expected, flatten, readOutput } from "@/tests/support/shown-answer";
import { readPdf, type PdfContents } from "./read-pdf";
import { renderReport } from "./render-report";

/**
 * Every example's report, in both languages, rendered once and read twice: for its layout (pages,
 * fill, summary, each action once) and for what it shows (level, scores, blockers, first actions,
 * closest cases), which the CLI summary must show too. components/results/outputs-agree.test.tsx
 * checks the results page against the same reading, so the three outputs agree. (The two readings
 * were two files that rendered each report once each.)
 */
const generatedAt = new Date("2026-12-07T10:00:00Z");
const locales: Locale[] = ["da", "en"];
const squeeze = (text: string) => text.replace(/\s+/g, " ");
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe("the report of every example", { timeout: 180_000 }, () => {
  it("finds the examples", () => expect(exampleFiles.length).toBeGreaterThanOrEqual(6));

  for (const file of exampleFiles) {
    for (const locale of locales) {
      describe(`${file} in ${locale}`, () => {
        const { doc, result } = assessExample(file, locale);
        let report: PdfContents;
        beforeAll(async () => {
          report = await readPdf(await renderReport(doc, result, content, locale, { generatedAt }));
        }, 180_000);

        it("has at most 12 well-filled pages, a two-page summary, each action once", () => {
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

        it("shows the assessment's answer, and so does the CLI summary", () => {
          const want = expected(result, locale);
          // The examples exercise what is compared: first actions and three cases.
          expect(want.actions.length).toBeGreaterThan(0);
          expect(want.matches).toHaveLength(3);

          const pdf = flatten(report.text);
          expect({ output: "pdf", ...readOutput(pdf, result, locale) }).toEqual({ output: "pdf", ...want });

          const cli = flatten(
            formatSummary(buildPresentation(doc, result, content, locale, { generatedAt })),
          );
          expect({ output: "cli", ...readOutput(cli, result, locale) }).toEqual({ output: "cli", ...want });
        });
      });
    }
  }
});
