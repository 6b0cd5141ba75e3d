import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { messages, storeDocument } from "./fixtures/app";
import { earlierFaxeFile, portfolioFiles, teamFiles } from "./fixtures/group-files";
import { encodeShareFragment } from "@/lib/share/share-link";
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

/**
 * One page of each template, in Danish: the markup of a template is the same in both languages
 * and for every case and questionnaire step of the same kind, so checking each once finds what
 * checking all 50 combinations found. The profile step (text fields, selects, checkboxes), a
 * scored step (radio groups with "don't know") and the review step stand for the questionnaire.
 */
const templates = [
  "the front page",
  "the case catalogue",
  "the case faxe",
  "the method page",
  "the accessibility statement",
  "the before-you-start page",
  "the quick check",
  "the questionnaire step profile",
  "the questionnaire step data-technology",
  "the review step",
  "the results of a stored assessment",
  "the results page without a stored assessment",
  "the 404 page",
];
const pages = listSitePages("da").filter((sitePage) => templates.includes(sitePage.name));

test("every template named has a page to check", () => {
  expect(pages.map((sitePage) => sitePage.name).sort()).toEqual([...templates].sort());
});

for (const sitePage of pages) {
  test(`axe finds no WCAG 2.1 A or AA violation on ${sitePage.name}`, async ({ page }) => {
    await openSitePage(page, sitePage);
    await expectNoViolations(page);
  });
}

test("axe finds no WCAG 2.1 A or AA violation on a step showing its error summary", async ({ page }) => {
  const texts = messages.da.assessment;
  await page.goto("/da/assessment/profile");
  await page.getByRole("button", { name: texts.actions.next }).click();
  await expect(page.getByRole("alert").filter({ hasText: texts.errorSummary.heading })).toBeFocused();
  await expectNoViolations(page);
});

test("axe finds no WCAG 2.1 A or AA violation on a step showing an import error", async ({ page }) => {
  const texts = messages.da.assessment.import;
  await page.goto("/da/assessment/profile");
  await page.getByLabel(texts.label).setInputFiles(join(__dirname, "fixtures/files/wrong-shape.json"));
  await expect(page.getByRole("alert").filter({ hasText: texts.failedHeading })).toBeVisible();
  await expectNoViolations(page);
});

test("axe finds no WCAG 2.1 A or AA violation on the English front page (the other language's shell)", async ({
  page,
}) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test.describe("the project group's pages, each once with its files loaded", () => {
  test("axe finds no WCAG 2.1 A or AA violation on the team page with three files", async ({ page }) => {
    const texts = messages.da.team;
    await page.goto("/da/team");
    await page.getByLabel(texts.files.label).setInputFiles(teamFiles().files);
    await expect(page.getByRole("button", { name: texts.makeConsensus })).toBeVisible();
    await expectNoViolations(page);
  });

  test("axe finds no WCAG 2.1 A or AA violation on the compare page with an earlier file", async ({
    page,
  }) => {
    const texts = messages.da.compare;
    const { faxe, file } = earlierFaxeFile();
    await storeDocument(page, faxe, "review");
    await page.goto("/da/compare");
    await page.getByLabel(texts.files.label).setInputFiles(file);
    await expect(page.getByRole("heading", { name: texts.summaryHeading })).toBeVisible();
    await expectNoViolations(page);
  });

  test("axe finds no WCAG 2.1 A or AA violation on the portfolio with projects and a broken file", async ({
    page,
  }) => {
    const texts = messages.da.portfolio;
    await page.goto("/da/portfolio");
    await page.getByLabel(texts.files.label).setInputFiles(portfolioFiles(6).files);
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(6);
    await expectNoViolations(page);
  });

  test("axe finds no WCAG 2.1 A or AA violation on a shared link", async ({ page }) => {
    const { faxe } = earlierFaxeFile();
    await page.goto(`/da/shared#${encodeShareFragment(faxe)}`);
    await expect(page.getByText(messages.da.share.readOnlyHeading)).toBeVisible();
    await expectNoViolations(page);
  });
});
