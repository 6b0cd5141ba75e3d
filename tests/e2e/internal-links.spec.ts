import { expect, test } from "./fixtures/test";
import { locales } from "./fixtures/app";
import { listSitePages, openSitePage } from "./fixtures/site-pages";

// A fresh connection per request, as in security-headers.spec.ts: a reused keep-alive connection
// closed by a busy server says nothing about the links.
test.use({ extraHTTPHeaders: { Connection: "close" } });

/**
 * Every link a reader can follow inside the site, on every page as the browser shows it (with the
 * example assessment stored where the page needs one): none may lead to a missing page. Case
 * pages are the ones this guards most, as their links are built from the content's case ids.
 */
for (const locale of locales) {
  test(`every internal link on the ${locale} pages, case pages included, leads to a page that exists`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const sitePages = listSitePages(locale).filter((sitePage) => sitePage.status === 200);
    expect(sitePages.filter((sitePage) => /\/cases\/[a-z-]+$/.test(sitePage.path)).length).toBe(6);
    const foundOn = new Map<string, string>();
    for (const sitePage of sitePages) {
      await openSitePage(page, sitePage);
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const href of hrefs) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const target = href.split("#")[0] ?? "";
        if (target !== "" && !foundOn.has(target)) foundOn.set(target, sitePage.path);
      }
    }
    expect(foundOn.size, "links found").toBeGreaterThan(20);
    const broken: string[] = [];
    for (const [target, source] of foundOn) {
      const response = await request.get(target, { maxRedirects: 5 });
      if (response.status() >= 400) broken.push(`${target} (on ${source}): ${response.status()}`);
    }
    expect(broken).toEqual([]);
  });
}
