/**
 * Lighthouse 12 (Node API) on the app's pages, with a Chrome launched here by chrome-launcher
 * (Lighthouse's own launcher) from CHROME_PATH, default /usr/bin/chromium. Lighthouse's default
 * settings: a mobile device on simulated slow 4G, fresh storage. For the results page the example
 * assessment is put into the profile's localStorage first (over the DevTools protocol, from a page
 * that loads no scripts or styles, and the HTTP cache is cleared after), and Lighthouse is told to
 * keep storage.
 */
import { chromium } from "@playwright/test";
import { lighthouseCategories, type LighthouseCategory } from "../../tests/support/budgets";
import { LighthouseRuntimeError, retryLighthouseRun } from "./lighthouse-retry";
import type { StorageSeed } from "../../tests/support/stored-assessment";

export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface LighthouseScores {
  url: string;
  scores: Record<LighthouseCategory, number>;
  /** Core metrics as Lighthouse displays them ("0.8 s"). */
  metrics: Record<string, string>;
  /** The same metrics as numbers: milliseconds, and CLS without a unit. */
  timings: Record<string, number>;
  /** Audits below full marks in the budgeted categories: why a score is not 100. */
  shortfalls: string[];
}

const metricAudits = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
];

async function seedStorage(port: number, origin: string, seed: StorageSeed): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error("Chrome has no default context");
    const page = await context.newPage();
    // The answers' JSON schema: same origin, no scripts, no stylesheets, nothing cached for the page.
    await page.goto(`${origin}/api/schema`);
    await page.evaluate(({ key, value }) => window.localStorage.setItem(key, value), seed);
    const session = await context.newCDPSession(page);
    await session.send("Network.clearBrowserCache");
    await page.close();
  } finally {
    // Disconnects only: the Chrome stays up, with the stored assessment, for Lighthouse.
    await browser.close();
  }
}

/** Lighthouse's own result of one completed run: the report and the artifacts it was made from. */
export type LighthouseRun = NonNullable<Awaited<ReturnType<typeof import("lighthouse").default>>>;

/** What happens to a run Lighthouse could not complete: it is repeated, and `onRetry` hears of it. */
export interface LighthouseRunOptions {
  categories?: readonly string[];
  onRetry?: (error: LighthouseRuntimeError, attempt: number) => void;
}

/**
 * Runs Lighthouse on `url` in a Chrome of its own; with a seed, the page sees that assessment in
 * localStorage. A run that Lighthouse itself cannot complete (NO_NAVSTART and the like) is run
 * again, up to three attempts in all.
 */
export async function runLighthouseReport(
  url: string,
  seed: StorageSeed | undefined,
  { categories = lighthouseCategories, onRetry = () => undefined }: LighthouseRunOptions = {},
): Promise<LighthouseRun> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const once = async (): Promise<LighthouseRun> => {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    try {
      if (seed) await seedStorage(chrome.port, new URL(url).origin, seed);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
        disableStorageReset: seed !== undefined,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { runtimeError } = result.lhr;
      if (runtimeError) {
        throw new LighthouseRuntimeError(runtimeError.code, `Lighthouse on ${url}: ${runtimeError.message}`);
      }
      return result;
    } finally {
      chrome.kill();
    }
  };
  return retryLighthouseRun(once, 3, onRetry);
}

/** Lighthouse's scores, metrics and shortfalls for `url` (see runLighthouseReport). */
export async function runLighthouse(
  url: string,
  seed?: StorageSeed,
  onRetry?: LighthouseRunOptions["onRetry"],
): Promise<LighthouseScores> {
  const { lhr } = await runLighthouseReport(url, seed, { onRetry });
  const scores = Object.fromEntries(
    lighthouseCategories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<LighthouseCategory, number>;
  const metrics = Object.fromEntries(metricAudits.map((id) => [id, lhr.audits[id]?.displayValue ?? "n/a"]));
  const timings = Object.fromEntries(
    metricAudits.map((id) => [id, lhr.audits[id]?.numericValue ?? Number.NaN]),
  );
  const shortfalls = lighthouseCategories.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit?.id} (${audit?.displayValue ?? audit?.score})`),
  );
  return { url, scores, metrics, timings, shortfalls };
}
