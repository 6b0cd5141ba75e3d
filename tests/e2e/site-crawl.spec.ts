import { expect, test } from "./fixtures/test";
import { locales } from "./fixtures/app";
import { listSitePages, openSitePage } from "./fixtures/site-pages";

// A fresh connection per request, as in security-headers.spec.ts: a reused keep-alive connection
// closed by a busy server says nothing about the links.
test.use({ extraHTTPHeaders: { Connection: "close" } });

/**
 * One crawl of every page as the browser shows it (with the example assessment stored where the
 * page needs one), the 404 pages included:
 * - no page breaks the Content-Security-Policy (a refused script, style, font or request shows up
 *   as a console error and a `securitypolicyviolation` event);
 * - every link a reader can follow inside the site leads to a page that exists. Case pages are the
 *   ones this guards most, as their links are built from the content's case ids.
 */
for (const locale of locales) {
  test(`every ${locale} page runs under the Content-Security-Policy, and every internal link leads to a page that exists`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const sitePages = listSitePages(locale);
    expect(sitePages.filter((sitePage) => /\/cases\/[a-z-]+$/.test(sitePage.path)).length).toBe(6);
    const violations: string[] = [];
    let current = "";
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
        violations.push(`${current}: ${message.text()}`);
      }
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const foundOn = new Map<string, string>();
    for (const sitePage of sitePages) {
      current = sitePage.path;
      // Each page in the state it names: no assessment left over from the page before.
      if (!sitePage.stored && page.url().startsWith("http")) await page.evaluate(() => localStorage.clear());
      await openSitePage(page, sitePage);
      await page.waitForLoadState("load");
      // A 404 page's language switch points at the same missing address in the other language.
      if (sitePage.status !== 200) continue;
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const href of hrefs) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const target = href.split("#")[0] ?? "";
        if (target !== "" && !foundOn.has(target)) foundOn.set(target, sitePage.path);
      }
    }
    expect(violations, "Content-Security-Policy violations").toEqual([]);
    expect(foundOn.size, "links found").toBeGreaterThan(20);
    const broken: string[] = [];
    for (const [target, source] of foundOn) {
      const response = await request.get(target, { maxRedirects: 5 });
      if (response.status() >= 400) broken.push(`${target} (on ${source}): ${response.status()}`);
    }
    expect(broken).toEqual([]);
  });
}
