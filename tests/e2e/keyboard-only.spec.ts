import { expect, test } from "./fixtures/test";
import { assessmentStepIds, messages, readStoredEnvelope } from "./fixtures/app";
import { tabTo } from "./fixtures/keyboard";
import { choiceInput, findQuestion, stepHeading, stepTitle } from "./fixtures/questionnaire";

const da = messages.da.assessment;

test("a keyboard-only user starts, is led to the missing title, answers with Space and arrow keys, and reaches the results", async ({
  page,
}) => {
  // Walking every step with Tab alone is about 500 key presses: minutes on a busy machine.
  test.setTimeout(300_000);
  await page.goto("/da");
  await tabTo(page, page.getByRole("link", { name: messages.da.home.start }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/da\/assessment\/profile$/);
  await expect(stepHeading(page)).toHaveText(stepTitle("profile", "da"));

  // Next with an empty title: focus goes to the error summary, whose link leads to the field.
  await tabTo(page, page.getByRole("button", { name: da.actions.next }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: da.errorSummary.heading });
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: da.validation.titleRequired })).toBeFocused();
  await page.keyboard.press("Enter");
  const title = page.getByLabel(da.project.title);
  await expect(title).toBeFocused();
  await page.keyboard.type("Tastaturprojekt");
  await expect(title).toHaveValue("Tastaturprojekt");

  // A radio group: Space chooses the first option, an arrow key moves to the next one.
  const organisationKind = findQuestion("organisation-kind");
  const municipality = choiceInput(page, organisationKind, "municipality", "da");
  const region = choiceInput(page, organisationKind, "region", "da");
  await tabTo(page, municipality);
  await page.keyboard.press("Space");
  await expect(municipality).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(region).toBeChecked();
  await expect(municipality).not.toBeChecked();

  // Through every step with the Next button; focus lands on each new step's heading.
  for (const step of assessmentStepIds.slice(1)) {
    const label = step === "review" ? da.actions.toReview : da.actions.next;
    await tabTo(page, page.getByRole("button", { name: label }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/da/assessment/${step}$`));
    await expect(stepHeading(page)).toHaveText(stepTitle(step, "da"));
    await expect(stepHeading(page)).toBeFocused();
    if (step === "profile-solution") {
      // A checkbox: Space ticks it.
      const technology = findQuestion("technology");
      const firstTechnology = choiceInput(page, technology, "computer-vision", "da");
      await tabTo(page, firstTechnology);
      await page.keyboard.press("Space");
      await expect(firstTechnology).toBeChecked();
    }
  }

  // One stop too far, then back with Shift+Tab.
  await tabTo(page, page.getByRole("button", { name: da.actions.previous }));
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: da.actions.showResults })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/da\/results$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tastaturprojekt" })).toBeVisible();

  const stored = await readStoredEnvelope(page);
  expect(stored.document.answers["organisation-kind"]).toEqual({ type: "option", value: "region" });
  expect(stored.document.answers.technology).toEqual({ type: "options", values: ["computer-vision"] });
});
