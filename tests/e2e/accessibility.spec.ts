import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { locales, messages, type Locale } from "./fixtures/app";
import { listSitePages, openSitePage } from "./fixtures/site-pages";

test.describe.configure({ mode: "parallel" });

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe over the whole page with every folded section (<details>) open, so the text a user can
 * unfold is checked too. Violations are listed by rule and element so a failure says what to fix.
 */
async function expectNoViolations(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}`),
  );
  expect(found).toEqual([]);
}

const languageNames: Record<Locale, string> = { da: "Danish", en: "English" };

for (const locale of locales) {
  test.describe(`in ${languageNames[locale]}`, () => {
    for (const sitePage of listSitePages(locale)) {
      test(`axe finds no WCAG 2.1 A or AA violation on ${sitePage.name}`, async ({ page }) => {
        await openSitePage(page, sitePage);
        await expectNoViolations(page);
      });
    }

    test("axe finds no WCAG 2.1 A or AA violation on a step showing its error summary", async ({ page }) => {
      const texts = messages[locale].assessment;
      await page.goto(`/${locale}/assessment/profile`);
      await page.getByRole("button", { name: texts.actions.next }).click();
      await expect(page.getByRole("alert").filter({ hasText: texts.errorSummary.heading })).toBeFocused();
      await expectNoViolations(page);
    });

    test("axe finds no WCAG 2.1 A or AA violation on a step showing an import error", async ({ page }) => {
      const texts = messages[locale].assessment.import;
      await page.goto(`/${locale}/assessment/profile`);
      await page.getByLabel(texts.label).setInputFiles(join(__dirname, "fixtures/files/wrong-shape.json"));
      await expect(page.getByRole("alert").filter({ hasText: texts.failedHeading })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
