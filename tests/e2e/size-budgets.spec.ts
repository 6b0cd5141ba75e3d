import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  bareNextBaseline,
  budgetedRoutes,
  cssBudgetBytes,
  jsRatioBudget,
  localizeRoute,
} from "../../scripts/bench/budgets";
import { findPdfLibrary, formatKilobytes, measurePageWeight } from "../../scripts/bench/page-assets";

/**
 * The size budgets, in bytes, on the production build the test command starts: each page's
 * first-load JavaScript (gzip) against a bare Next page's, each page's CSS, and no PDF library in
 * any first-load script. The bare page's size is the committed baseline in
 * scripts/bench/budgets.ts (`npm run bench` re-measures it); timing and Lighthouse are left to
 * `npm run bench`.
 */

const locales = ["da", "en"] as const;

/**
 * Budgets known to be broken, with the reason. Such a test is marked as expected to fail, so the
 * breach stays visible in every run; when the work is done the test "unexpectedly passes" and the
 * entry must be removed.
 */
const knownBreaches: Partial<Record<string, string>> = {
  "/assessment/profile":
    "Measured 2026-11-28: 203.7 kB gzip = 1.511x the bare page, 1.4 kB over the 1.5x budget. After the content moved to the server (-66 kB) and the schemas to zod/mini (-14 kB), what is left is react-hook-form and the questionnaire (21 kB), zod/mini's core with the issue texts (20 kB) and next-intl's message formatter (12.5 kB).",
};

function installedVersion(name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(__dirname, "../../node_modules", name, "package.json"), "utf8"),
  ) as {
    version: string;
  };
  return manifest.version;
}

test("the bare-page baseline was measured on the Next and React versions installed", () => {
  const installed = { next: installedVersion("next"), react: installedVersion("react") };
  expect(
    installed,
    "Next or React changed: run `npm run bench` and copy the bare page's bytes into scripts/bench/budgets.ts",
  ).toEqual({ next: bareNextBaseline.next, react: bareNextBaseline.react });
});

for (const locale of locales) {
  for (const route of budgetedRoutes) {
    const path = localizeRoute(locale, route.path);
    const limit = jsRatioBudget[route.kind];

    test(`${route.label} (${path}) loads at most ${limit}× a bare Next page's JavaScript`, async ({
      baseURL,
    }) => {
      const breach = knownBreaches[route.path];
      test.fail(breach !== undefined, breach);
      const weight = await measurePageWeight(baseURL ?? "http://127.0.0.1:3000", path);
      expect(weight.status).toBe(200);
      const ratio = weight.jsGzipBytes / bareNextBaseline.jsGzipBytes;
      expect(
        ratio,
        `${path}: ${formatKilobytes(weight.jsGzipBytes)} of first-load JavaScript is ${ratio.toFixed(3)}× the bare page (${formatKilobytes(bareNextBaseline.jsGzipBytes)}); budget ${limit}×. Scripts: ${weight.scripts.map((script) => `${script.url} ${formatKilobytes(script.gzipBytes)}`).join(", ")}`,
      ).toBeLessThanOrEqual(limit);
    });

    test(`${route.label} (${path}) loads CSS under ${formatKilobytes(cssBudgetBytes)} and no PDF library`, async ({
      baseURL,
    }) => {
      const weight = await measurePageWeight(baseURL ?? "http://127.0.0.1:3000", path);
      expect(weight.status).toBe(200);
      expect(
        weight.cssGzipBytes,
        `${path}: ${formatKilobytes(weight.cssGzipBytes)} of CSS; budget under ${formatKilobytes(cssBudgetBytes)}`,
      ).toBeLessThan(cssBudgetBytes);
      expect(
        findPdfLibrary(weight.scripts),
        `${path}: the PDF library is in its first-load JavaScript`,
      ).toEqual([]);
    });
  }
}
