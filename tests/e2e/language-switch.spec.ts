import { expect, test } from "./fixtures/test";
import { messages, readStoredEnvelope } from "./fixtures/app";
import { answerQuestion, expectAnswerShown, stepHeading, stepTitle } from "./fixtures/questionnaire";

const chosen = {
  "org-owner": { type: "option", value: "mandate-no-budget" },
  "org-decision-rules": { type: "dont-know" },
} as const;

test("switching the questionnaire to English keeps the step and every answer", async ({ page }) => {
  const da = messages.da.assessment;
  await page.goto("/da/assessment/profile");
  await page.getByLabel(da.project.title).fill("Sprogskift");
  await page.getByRole("link", { name: stepTitle("organisation", "da") }).click();
  await expect(page).toHaveURL(/\/da\/assessment\/organisation$/);
  for (const [id, answer] of Object.entries(chosen)) await answerQuestion(page, id, answer, "da");

  await page.getByRole("link", { name: `${messages.en.common.language.switchPrefix} English` }).click();

  await expect(page).toHaveURL(/\/en\/assessment\/organisation$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(stepHeading(page)).toHaveText(stepTitle("organisation", "en"));
  for (const [id, answer] of Object.entries(chosen)) await expectAnswerShown(page, id, answer, "en");
  await page.getByRole("link", { name: stepTitle("profile", "en") }).click();
  await expect(page.getByLabel(messages.en.assessment.project.title)).toHaveValue("Sprogskift");

  const stored = await readStoredEnvelope(page);
  expect(stored.document.answers).toEqual(chosen);
  expect(stored.document.language).toBe("en");
});
