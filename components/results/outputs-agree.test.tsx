// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { content } from "@/content";
import { createTestStore, renderWithAssessment } from "@/components/assessment/test-utils";
import { assessExample, exampleFiles, expected, flatten, readOutput } from "@/tests/support/shown-answer";
import { resolveReportTexts } from "@/lib/report/report-texts";
import resultsDa from "@/content/messages/da/results.json";
import resultsEn from "@/content/messages/en/results.json";
import { ResultsReport } from "./results-report";

/**
 * Every example through the results page, in both languages: the page shows the level, scores
 * (also in its scores table), blockers, first actions, the advice's outcomes and the closest cases
 * with what matches, as the assessment gives them, read from the page's text.
 * components/pdf/report-examples.test.tsx checks the PDF report and the CLI summary against the same
 * reading, so the three outputs agree.
 */
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));
afterEach(() => cleanup());

/** The page's text as a reader meets it: text nodes joined by spaces, hidden parts left out. */
function pageText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
    else if (node instanceof Element && !node.matches(".sr-only, [hidden], svg")) {
      node.childNodes.forEach(walk);
    }
  };
  walk(root);
  return flatten(parts.join(" "));
}

describe("the results page", { timeout: 60_000 }, () => {
  for (const file of exampleFiles) {
    for (const locale of ["da", "en"] as const) {
      it(`shows the assessment's answer for ${file} in ${locale}`, async () => {
        const { doc, result } = assessExample(file, locale);
        renderWithAssessment(<ResultsReport document={doc} result={result} />, {
          locale,
          page: "results",
          setup: createTestStore({}, content),
        });
        // The title comes at once; the report's contents once the presentation builder has loaded.
        // Patient: the first test loads the builder, slow on a busy machine.
        expect(screen.getByRole("heading", { level: 1, name: doc.project.title })).toBeTruthy();
        const contents = (locale === "da" ? resultsDa : resultsEn).toc.heading;
        await screen.findByRole("navigation", { name: contents }, { timeout: 10_000 });
        // Printing opens the whole plan, as the PDF prints it.
        act(() => {
          window.dispatchEvent(new Event("beforeprint"));
        });
        expect(
          screen.getByText(locale === "da" ? /^Beregnet med model / : /^Computed with model /),
        ).toBeTruthy();
        const shown = readOutput(pageText(document.body), result, locale);
        const want = expected(result, locale);
        expect(shown).toEqual(want);
        // The scores table alone (the charts' text alternative) holds every score too.
        const table = screen.getByRole("table", { name: resolveReportTexts(locale).chartTableCaption });
        expect(readOutput(pageText(table), result, locale).scores).toEqual(want.scores);
      });
    }
  }
});
