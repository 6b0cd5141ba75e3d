import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3000);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download its own browser on the CI machines; Debian's Chromium works.
// On an ordinary laptop, Playwright's own browser is used (npx playwright install chromium).
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

const traceModes = ["off", "on", "retain-on-failure", "on-first-retry", "on-all-retries"] as const;
function traceMode(value: string | undefined): (typeof traceModes)[number] {
  if (value === undefined || value === "") return "off";
  const mode = traceModes.find((known) => known === value);
  if (!mode) throw new Error(`E2E_TRACE must be one of ${traceModes.join(", ")}, not "${value}"`);
  return mode;
}

export default defineConfig({
  testDir: "tests/e2e",
  // Every test has its own browser context (its own storage) and the server keeps no state, so
  // tests run in parallel; a spec that shares work between its tests says so itself.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // PLAYWRIGHT_JSON_OUTPUT_NAME=<file> adds a JSON report with each test's time (for measuring).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    // Off by default: recording a trace of every test (to keep only the failed ones') costs about
    // a tenth of the browser tests' time. To see why a test failed, run it again with
    // E2E_TRACE=retain-on-failure (or on) and open test-results/…/trace.zip in `npx playwright show-trace`.
    trace: traceMode(process.env.E2E_TRACE),
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "npm run start",
    url: `${baseURL}/da`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { PORT: String(port) },
  },
});
