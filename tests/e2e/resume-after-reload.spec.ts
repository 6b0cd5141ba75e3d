import { expect, test } from "./fixtures/test";
import { messages, readStoredEnvelope } from "./fixtures/app";
import { answerQuestion, expectAnswerShown, stepHeading, stepTitle } from "./fixtures/questionnaire";

const da = messages.da.assessment;

test("after a reload the user is back on the same step with every answer in place", async ({ page }) => {
  await page.goto("/da/assessment");
  await expect(page).toHaveURL(/\/da\/assessment\/profile$/);
  await page.getByLabel(da.project.title).fill("Genoptaget projekt");
  await answerQuestion(page, "domain", { type: "option", value: "administration" }, "da");
  await page.getByRole("button", { name: da.actions.next }).click();
  await expect(stepHeading(page)).toHaveText(stepTitle("profile-solution", "da"));
  await answerQuestion(page, "technology", { type: "options", values: ["natural-language", "ocr"] }, "da");
  await page.getByRole("button", { name: da.actions.next }).click();

  await expect(stepHeading(page)).toHaveText(stepTitle("data-technology", "da"));
  await answerQuestion(page, "dt-data-access", { type: "option", value: "both-agreed" }, "da");
  await answerQuestion(page, "dt-ground-truth", { type: "dont-know" }, "da");
  await expect(page.getByText(da.tools.savedAt.split("{time}")[0] ?? "")).toBeVisible();

  await page.reload();
  await expect(stepHeading(page)).toHaveText(stepTitle("data-technology", "da"));
  await expectAnswerShown(page, "dt-data-access", { type: "option", value: "both-agreed" }, "da");
  await expectAnswerShown(page, "dt-ground-truth", { type: "dont-know" }, "da");

  // A fresh visit to the questionnaire's address resumes on the step the user left.
  await page.goto("/da/assessment");
  await expect(page).toHaveURL(/\/da\/assessment\/data-technology$/);

  await page.getByRole("button", { name: da.actions.previous }).click();
  await expectAnswerShown(page, "technology", { type: "options", values: ["natural-language", "ocr"] }, "da");
  await page.getByRole("button", { name: da.actions.previous }).click();
  await expect(page.getByLabel(da.project.title)).toHaveValue("Genoptaget projekt");
  await expectAnswerShown(page, "domain", { type: "option", value: "administration" }, "da");

  const stored = await readStoredEnvelope(page);
  expect(stored.document.answers).toEqual({
    domain: { type: "option", value: "administration" },
    technology: { type: "options", values: ["natural-language", "ocr"] },
    "dt-data-access": { type: "option", value: "both-agreed" },
    "dt-ground-truth": { type: "dont-know" },
  });
});
