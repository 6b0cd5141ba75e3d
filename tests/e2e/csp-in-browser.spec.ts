import { expect, test } from "./fixtures/test";
import { locales, messages, readStoredEnvelope } from "./fixtures/app";

test.describe.configure({ mode: "parallel" });

// Every page's load under the policy is checked by the crawl in html-validity.spec.ts; here, what
// a user does after the load.

for (const locale of locales) {
  test(`the questionnaire runs in the browser under the policy (${locale}): typing saves, Next moves on without a page load`, async ({
    page,
  }) => {
    const texts = messages[locale].assessment;
    await page.goto(`/${locale}/assessment/profile`);
    await page.evaluate(() => Object.assign(window, { stillTheSameDocument: true }));
    await page.getByLabel(texts.project.title).fill("CSP");
    const savedPrefix = texts.tools.savedAt.split("{time}")[0] ?? "";
    await expect(page.getByText(savedPrefix)).toBeVisible();
    expect(await readStoredEnvelope(page)).toMatchObject({ document: { project: { title: "CSP" } } });
    await page.getByRole("button", { name: texts.actions.next }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/profile-solution$`));
    expect(await page.evaluate(() => "stillTheSameDocument" in window)).toBe(true);
  });
}
