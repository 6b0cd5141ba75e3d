import { expect, test } from "./fixtures/test";
import { locales, readExample } from "./fixtures/app";
import { expectNonPageHeaders, expectPageHeaders, listScriptNonces } from "./fixtures/security";
import { listSitePages } from "./fixtures/site-pages";

test.describe.configure({ mode: "parallel" });
// A fresh connection per request: on a busy machine a reused keep-alive connection can be closed
// by the server just as the next request goes out (ECONNRESET), which says nothing about the app.
test.use({ extraHTTPHeaders: { Connection: "close" } });

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

test("the redirect from the bare address to a language carries the security headers too", async ({
  request,
}) => {
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

test("the content file a page loads carries the non-page policy and may be kept, and an outdated one is not found", async ({
  request,
}) => {
  for (const path of ["/da/assessment/profile", "/en/results"]) {
    const html = await (await request.get(path)).text();
    const url = /<link rel="preload" href="(\/api\/content\/[^"]+)" as="fetch"/.exec(html)?.[1];
    expect(url, `${path} preloads its content file`).toBeDefined();
    const file = await request.get(url ?? "");
    expect(file.status()).toBe(200);
    expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expectNonPageHeaders(file.headersArray());
    expect(JSON.stringify(await file.json()).length, "the file holds the content").toBeGreaterThan(20_000);
  }
  const outdated = await request.get("/api/content/results/da/0000000000000000");
  expect(outdated.status()).toBe(404);
  expectNonPageHeaders(outdated.headersArray());
});

test("static files and Next's own files carry the strict non-page policy and the security headers", async ({
  request,
}) => {
  const html = await (await request.get("/da")).text();
  const script = /<script\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  const stylesheet = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(html)?.[1];
  const sprite = /<use href="([^"#]+)#/.exec(html)?.[1];
  expect(script).toBeTruthy();
  expect(stylesheet).toBeTruthy();
  expect(sprite).toBeTruthy();
  for (const path of [sprite ?? "", script ?? "", stylesheet ?? ""]) {
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

test("an address that only starts like the API is still a page with the page's headers", async ({
  request,
}) => {
  const response = await request.get("/apiary", { maxRedirects: 0 });
  expectPageHeaders(response.headersArray());
});
