import { expect, test } from "./fixtures/test";
import { locales, messages, readStoredEnvelope } from "./fixtures/app";
import { listSitePages, openSitePage } from "./fixtures/site-pages";

test.describe.configure({ mode: "parallel" });

const pages = locales.flatMap((locale) => listSitePages(locale));

for (const sitePage of pages) {
  const locale = sitePage.path.split("/")[1];
  test(`${sitePage.name} (${locale}) runs without a Content-Security-Policy violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await openSitePage(page, sitePage);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

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
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/data-technology$`));
    expect(await page.evaluate(() => "stillTheSameDocument" in window)).toBe(true);
  });
}
