import { expect, test } from "./fixtures/test";
import { quickCheck, quickCheckQuestionIds } from "@/content/quick-check";
import { resolveReportTexts } from "@/lib/report/report-texts";
import { dontKnow } from "@/lib/engine/fixtures/answers";
import { content, messages, readExample } from "./fixtures/app";
import { profileSolutionQuestionIds } from "@/lib/storage/steps";
import {
  answerQuestion,
  expectAnswerShown,
  findQuestion,
  questionGroup,
  stepHeading,
} from "./fixtures/questionnaire";

const faxe = readExample("faxe");
const da = messages.da;

test("a new user takes the quick check from the front page in at most 15 answers, gets a provisional verdict and keeps every answer in the full assessment", async ({
  page,
}) => {
  await page.goto("/da");
  await page.getByRole("link", { name: da.home.startQuick }).click();
  await expect(page).toHaveURL(/\/da\/quick-check$/);
  await page.getByLabel(da.assessment.project.title).fill(faxe.project.title);

  const given: Record<string, (typeof faxe.answers)[string]> = {};
  for (const [index, screen] of quickCheck.screens.entries()) {
    await expect(stepHeading(page)).toHaveText(da.quickCheck.screens[screen.id as "project"].title);
    for (const id of screen.questionIds) {
      const question = findQuestion(id);
      // Questions the earlier answers make irrelevant are not shown (Faxe has no personal data).
      if (!(await questionGroup(page, question, "da").isVisible())) continue;
      const answer = faxe.answers[id] ?? dontKnow;
      await answerQuestion(page, id, answer, "da");
      given[id] = answer;
    }
    const last = index === quickCheck.screens.length - 1;
    await page.getByRole("button", { name: last ? da.quickCheck.finish : da.quickCheck.next }).click();
  }
  expect(Object.keys(given).length).toBeLessThanOrEqual(15);
  expect(Object.keys(given).every((id) => quickCheckQuestionIds.includes(id))).toBe(true);

  await expect(page).toHaveURL(/\/da\/results$/);
  const notice = page.getByRole("heading", { name: da.quickCheck.result.heading });
  await expect(notice).toBeVisible();
  // The level is there, and marked provisional.
  const levelLabels = content.readinessLevels.map((level) => level.label.da);
  await expect(
    page
      .getByRole("region", { name: resolveReportTexts("da").levelHeading })
      .getByText(new RegExp(`^Foreløbig: (${levelLabels.join("|")})$`)),
  ).toBeVisible();

  await page.getByRole("link", { name: da.quickCheck.result.continue }).click();
  await expect(page).toHaveURL(/\/da\/assessment\/profile$/);
  await expect(page.getByLabel(da.assessment.project.title)).toHaveValue(faxe.project.title);
  const profileAnswers = Object.entries(given).filter(([id]) => findQuestion(id).section === "profile");
  for (const [id, answer] of profileAnswers) {
    if (!profileSolutionQuestionIds.includes(id)) await expectAnswerShown(page, id, answer, "da");
  }
  // The profile's second page holds the solution's questions.
  await page.goto("/da/assessment/profile-solution");
  for (const [id, answer] of profileAnswers) {
    if (profileSolutionQuestionIds.includes(id)) await expectAnswerShown(page, id, answer, "da");
  }
  // A later step keeps its quick-check answer too.
  await page.goto("/da/assessment/organisation");
  await expectAnswerShown(page, "org-owner", given["org-owner"]!, "da");
});
