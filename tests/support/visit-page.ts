/**
 * Opens one of the site's pages in a Playwright page the way a user would find it: with the
 * example assessment in storage where the page needs one, and only once the browser has rendered
 * the page's heading (client-rendered pages show a loading line before that).
 */
import type { Page, Response } from "@playwright/test";
import type { SitePage } from "./site-pages";
import { readExampleSeed, seedScript } from "./stored-assessment";

/** Installs (or not) the stored assessment for every later navigation of `page`. */
export async function prepareStorage(page: Page, sitePage: SitePage): Promise<void> {
  await page.addInitScript(
    sitePage.withStoredAssessment
      ? seedScript(readExampleSeed())
      : "try { window.localStorage.clear(); } catch {}",
  );
}

/** How long a page may take to show its main heading (client-rendered pages included). */
const headingTimeoutMs = 15_000;

/**
 * Goes to the page and waits until its main heading is on screen and the network is quiet.
 * Every page of the site has a visible <h1>; one that shows none within the time is broken (or
 * blank), and the error names it.
 */
export async function visitSitePage(
  page: Page,
  baseUrl: string,
  sitePage: SitePage,
): Promise<Response | null> {
  const url = new URL(sitePage.path, baseUrl).href;
  const response = await page.goto(url, { waitUntil: "load" });
  try {
    await page.locator("h1").first().waitFor({ state: "visible", timeout: headingTimeoutMs });
  } catch (error) {
    const status = response ? `HTTP ${response.status()}` : "no response";
    const headings = await page.locator("h1").count();
    throw new Error(
      `${sitePage.name} (${url}, ${status}): no visible <h1> after ${headingTimeoutMs / 1000} s ` +
        `(${headings} <h1> in the document).`,
      { cause: error },
    );
  }
  await page.waitForLoadState("networkidle");
  return response;
}
