import { expect, test } from "./fixtures/test";
import { content, messages, readExample, storeDocument } from "./fixtures/app";
import { stepHeading, stepTitle } from "./fixtures/questionnaire";

const da = messages.da;

test("no request leaves the site while a user completes an assessment, downloads the PDF report and reads the case catalogue", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1:3000").origin;
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));

  const faxe = readExample("faxe");
  await storeDocument(page, faxe, "legal-early");
  await page.goto("/da");
  await page.getByRole("link", { name: da.assessment.resume.continue }).click();
  await expect(stepHeading(page)).toHaveText(stepTitle("legal-early", "da"));
  await page.getByRole("button", { name: da.assessment.actions.next }).click();
  await expect(stepHeading(page)).toHaveText(stepTitle("data-first", "da"));
  await page.getByRole("button", { name: da.assessment.actions.toReview }).click();
  await expect(stepHeading(page)).toHaveText(stepTitle("review", "da"));
  await page.getByRole("button", { name: da.assessment.actions.showResults }).click();
  await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();

  const downloadStarted = page.waitForEvent("download");
  await page.getByRole("button", { name: da.results.download.button }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(requested.some((url) => new URL(url).pathname === "/api/report")).toBe(true);

  await page.getByRole("link", { name: da.common.nav.cases }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: da.cases.title })).toBeVisible();
  const faxeCase = content.cases.find((entry) => entry.id === "faxe");
  await page.getByRole("link", { name: faxeCase?.title.da, exact: true }).click();
  await expect(page).toHaveURL(/\/da\/cases\/faxe$/);
  await page.waitForLoadState("networkidle");

  expect(requested.length, "the browser made requests").toBeGreaterThan(10);
  const foreign = requested.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).origin !== origin;
  });
  expect(foreign).toEqual([]);
});
