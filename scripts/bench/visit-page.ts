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

/** Goes to the page and waits until its main heading is on screen and the network is quiet. */
export async function visitSitePage(page: Page, baseUrl: string, sitePage: SitePage): Promise<Response | null> {
  const response = await page.goto(new URL(sitePage.path, baseUrl).href, { waitUntil: "load" });
  await page.locator("h1").first().waitFor({ state: "visible", timeout: 15_000 });
  await page.waitForLoadState("networkidle");
  return response;
}
