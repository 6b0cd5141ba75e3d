import { expect, test } from "./fixtures/test";
import { locales, messages, readExample } from "./fixtures/app";
import { expectNonPageHeaders, expectPageHeaders, listScriptNonces } from "./fixtures/security";
import { listSitePages, openSitePage } from "./fixtures/site-pages";

test.describe.configure({ mode: "parallel" });

const faxe = readExample("faxe");
const pages = locales.flatMap((locale) => listSitePages(locale));
const pagePaths = [...new Set(pages.map((sitePage) => sitePage.path))];

test("every page is served with a nonce-based Content-Security-Policy and the other security headers, and every script carries the nonce", async ({
  request,
}) => {
  for (const path of pagePaths) {
    await test.step(path, async () => {
      const response = await request.get(path);
      const nonce = expectPageHeaders(response.headersArray());
      const nonces = listScriptNonces(await response.text());
      expect(nonces.length, "the page has scripts").toBeGreaterThan(0);
      expect(new Set(nonces)).toEqual(new Set([nonce]));
    });
  }
});

test("the redirect from the bare address to a language carries the security headers too", async ({ request }) => {
  const response = await request.get("/", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toMatch(/\/da$/);
  expectPageHeaders(response.headersArray());
});

test("every API route answers good and bad requests with the strict non-page policy and the security headers", async ({
  request,
}) => {
  const good = await request.post("/api/assess", { data: faxe });
  expect(good.status()).toBe(200);
  expectNonPageHeaders(good.headersArray());

  const bad = await request.post("/api/assess", {
    headers: { "Content-Type": "application/json" },
    data: '{"schemaVersion": 1,',
  });
  expect(bad.status()).toBe(400);
  expectNonPageHeaders(bad.headersArray());

  const wrongMethod = await request.get("/api/assess");
  expect(wrongMethod.status()).toBe(405);
  expectNonPageHeaders(wrongMethod.headersArray());

  const schema = await request.get("/api/schema");
  expect(schema.status()).toBe(200);
  expectNonPageHeaders(schema.headersArray());

  const report = await request.post("/api/report", { data: faxe });
  if (report.status() !== 404) {
    expect(report.status()).toBe(200);
    expectNonPageHeaders(report.headersArray());
    const badReport = await request.post("/api/report", { data: { schemaVersion: 1 } });
    expect(badReport.status()).toBe(400);
    expectNonPageHeaders(badReport.headersArray());
  }
});

test("static files and Next's own files carry the strict non-page policy and the security headers", async ({
  request,
}) => {
  const html = await (await request.get("/da")).text();
  const script = /<script\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  const stylesheet = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  expect(stylesheet).toBeTruthy();
  for (const path of ["/icon.svg", "/dkfds/icons.svg", script ?? "", stylesheet ?? ""]) {
    await test.step(path, async () => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectNonPageHeaders(response.headersArray());
    });
  }
  const missing = await request.get("/findes-ikke.txt");
  expect(missing.status()).toBe(404);
  expectNonPageHeaders(missing.headersArray());
});

test("an address that only starts like the API is still a page with the page's headers", async ({ request }) => {
  const response = await request.get("/apiary", { maxRedirects: 0 });
  expectPageHeaders(response.headersArray());
});

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
    await expect(page.getByText(texts.tools.notSavedYet)).toHaveCount(0);
    await page.getByRole("button", { name: texts.actions.next }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/data-technology$`));
    expect(await page.evaluate(() => "stillTheSameDocument" in window)).toBe(true);
  });
}
