/**
 * Opens one of the site's pages in a Playwright page the way a user would find it: with the
 * example assessment in storage where the page needs one, and only once the browser has rendered
 * the page's heading (client-rendered pages show a loading line before that).
 */
import type { Page, Request, Response } from "@playwright/test";
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
/** How long the page itself may take to load. */
const navigationTimeoutMs = 30_000;
/** How long the network may stay busy after the heading is shown, and how long quiet means settled. */
const settleTimeoutMs = 15_000;
const quietMs = 500;

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
  const pending = new Set<Request>();
  let lastActivity = Date.now();
  const started = (request: Request) => {
    pending.add(request);
    lastActivity = Date.now();
  };
  const ended = (request: Request) => {
    pending.delete(request);
    lastActivity = Date.now();
  };
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  const response = await page.goto(url, { waitUntil: "load", timeout: navigationTimeoutMs });
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
  // The page has settled when no request has been open for half a second. Playwright's own
  // "networkidle" once waited forever on a loaded page with no request open, so this is our own.
  const settleBy = Date.now() + settleTimeoutMs;
  while (pending.size > 0 || Date.now() - lastActivity < quietMs) {
    if (Date.now() > settleBy) {
      const open = [...pending].map((request) => request.url()).join(", ");
      throw new Error(
        `${sitePage.name} (${url}): requests still open after ${settleTimeoutMs / 1000} s: ${open}`,
      );
    }
    await page.waitForTimeout(100);
  }
  page.off("request", started);
  page.off("requestfinished", ended);
  page.off("requestfailed", ended);
  return response;
}
