import { expect, test } from "./fixtures/test";
import { adviceOutcomeLabels, notEnoughAnswers } from "@/content/result-labels";
import { resolveReportTexts } from "@/lib/report/report-texts";
import { assessmentStepIds, content, messages, readExample } from "./fixtures/app";
import { answerQuestion, listStepQuestions, stepHeading, stepTitle } from "./fixtures/questionnaire";

const faxe = readExample("faxe");
const da = messages.da;
/** On each step after the profile, the user answers this many questions and skips the rest. */
// Half of each prerequisite's questions: enough for a score (skipped ones count as gaps).
const answeredPerStep = 4;

test("a new user describes Faxe's project in Danish, skips some questions and gets a full report that names Faxe Kommune as the closest case", async ({
  page,
}) => {
  // About 70 answers, each clicked and checked.
  test.slow();
  await page.goto("/da");
  await page.getByRole("link", { name: da.home.start }).click();
  await expect(page).toHaveURL(/\/da\/assessment\/profile$/);
  await expect(stepHeading(page)).toHaveText(stepTitle("profile", "da"));

  await page.getByLabel(da.assessment.project.title).fill(faxe.project.title);
  await page.getByLabel(da.assessment.project.organisation).fill(faxe.project.organisation);
  await page.getByLabel(da.assessment.project.description).fill(faxe.project.description);

  const skipped: string[] = [];
  for (const section of assessmentStepIds) {
    if (section === "review") break;
    await expect(stepHeading(page)).toHaveText(stepTitle(section, "da"));
    const ids = listStepQuestions(section)
      .map((question) => question.id)
      .filter((id) => faxe.answers[id] !== undefined);
    const inProfile = section === "profile" || section === "profile-solution";
    const answering = inProfile ? ids : ids.slice(0, answeredPerStep);
    skipped.push(...ids.slice(answering.length));
    for (const id of answering) {
      const answer = faxe.answers[id];
      if (answer) await answerQuestion(page, id, answer, "da");
    }
    const next = section === "data-first" ? da.assessment.actions.toReview : da.assessment.actions.next;
    await page.getByRole("button", { name: next }).click();
  }
  expect(skipped.length, "some questions were skipped").toBeGreaterThan(0);

  await expect(stepHeading(page)).toHaveText(stepTitle("review", "da"));
  await expect(page.getByText(faxe.project.title)).toBeVisible();
  await page.getByRole("button", { name: da.assessment.actions.showResults }).click();

  await expect(page).toHaveURL(/\/da\/results$/);
  await expect(page.getByRole("heading", { level: 1, name: faxe.project.title })).toBeVisible();

  const texts = resolveReportTexts("da");
  const readiness = page.getByRole("region", { name: texts.levelHeading });
  const levelLabels = content.readinessLevels.map((level) => level.label.da);
  const currentLevel = readiness
    .getByRole("list", { name: texts.levelScaleLabel })
    .getByRole("listitem")
    .filter({ hasText: texts.levelCurrent });
  await expect(currentLevel).toHaveCount(1);
  await expect(currentLevel).toContainText(new RegExp(`^(${levelLabels.join("|")}) `));
  await expect(readiness).toContainText(/Samlet score: \d{1,3} af 100/);
  // Some shown questions were skipped: they count as gaps, and the level is provisional.
  await expect(readiness.getByText(/^Foreløbig: /)).toBeVisible();
  await expect(readiness).toContainText("Niveauet er foreløbigt");

  const scoreTable = page.getByRole("table", { name: texts.chartTableCaption });
  const rows = scoreTable.locator("tbody").getByRole("row");
  await expect(rows).toHaveCount(content.prerequisites.length);
  for (const prerequisite of content.prerequisites) {
    const row = rows.filter({
      has: page.getByRole("rowheader", { name: prerequisite.title.da, exact: true }),
    });
    await expect(row.getByRole("cell").first()).toHaveText(
      new RegExp(`^(\\d{1,3} af 100|${notEnoughAnswers.da})$`),
    );
  }

  const advice = page.getByRole("region", { name: texts.adviceHeading });
  await expect(advice.getByRole("heading", { level: 3 })).toHaveCount(content.advice.length);
  const outcomes = Object.values(adviceOutcomeLabels).map((label) => label.da);
  for (const entry of content.advice) {
    const check = advice.getByRole("heading", { level: 3, name: entry.title.da });
    await expect(check).toContainText(new RegExp(`(${outcomes.join("|")})$`));
  }

  const legal = page.getByRole("region", { name: texts.legalHeading });
  await expect(legal).toContainText("ikke juridisk rådgivning");
  await expect(legal.getByRole("heading", { name: texts.legalAiAct })).toBeVisible();

  const cases = page.getByRole("region", { name: texts.casesHeading });
  const closest = cases.getByRole("listitem").first().getByRole("heading", { level: 3 });
  await expect(closest).toContainText("Faxe Kommune");
});
