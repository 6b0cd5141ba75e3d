import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { buildPresentation } from "@/lib/report/build-report-model";
import { formatSummary } from "@/scripts/cli/format-summary";
import { assessExample, exampleFiles, expected, flatten, readOutput } from "@/tests/support/shown-answer";
import { readPdf } from "./read-pdf";
import { renderReport } from "./render-report";

/**
 * Every example through the PDF report and the CLI summary, in both languages: each shows the
 * level, scores, blockers, first actions and closest cases the assessment gives, read from the
 * output's text. components/results/outputs-agree.test.tsx checks the results page against the
 * same reading, so the three outputs agree.
 */
const generatedAt = new Date("2026-12-07T10:00:00Z");

describe("the PDF report and the CLI summary", { timeout: 180_000 }, () => {
  for (const file of exampleFiles) {
    for (const locale of ["da", "en"] as const) {
      it(`show the assessment's answer for ${file} in ${locale}`, async () => {
        const { doc, result } = assessExample(file, locale);
        const want = expected(result, locale);
        // The examples exercise what is compared: first actions and three cases.
        expect(want.actions.length).toBeGreaterThan(0);
        expect(want.matches).toHaveLength(3);

        const pdf = flatten(
          (await readPdf(await renderReport(doc, result, content, locale, { generatedAt }))).text,
        );
        expect({ output: "pdf", ...readOutput(pdf, result, locale) }).toEqual({ output: "pdf", ...want });

        const cli = flatten(formatSummary(buildPresentation(doc, result, content, locale, { generatedAt })));
        expect({ output: "cli", ...readOutput(cli, result, locale) }).toEqual({ output: "cli", ...want });
      });
    }
  }
});
