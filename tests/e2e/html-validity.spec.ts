import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, expect, test } from "@playwright/test";
import { listSitePages, type SitePage } from "../support/site-pages";
import { prepareStorage, visitSitePage } from "../support/visit-page";

/**
 * The W3C Nu HTML checker (vnu-jar, needs Java) finds no errors in any page, in both languages:
 * the HTML the server sends and, for pages the browser fills in from the stored assessment (the
 * questionnaire's steps, the results) or renders itself (the 404 pages), the document as the
 * browser shows it. All documents are checked in one run of the checker (Java starts once).
 */

interface CheckedDocument {
  page: SitePage;
  /** "server" for the HTML as sent, "browser" for the DOM after the page has rendered. */
  source: "server" | "browser";
  file: string;
}

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// One worker fetches every page and runs the checker once (beforeAll); the tests read its findings.
test.describe.configure({ mode: "default" });

const vnuJar = join(__dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");
const documents: CheckedDocument[] = [];
const errorsByFile = new Map<string, string[]>();
/** Pages the browser could not show (no heading on screen): that page's test fails, not all. */
const visitErrorsByPage = new Map<string, string>();

function runNuChecker(dir: string): NuMessage[] {
  const result = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", dir], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`The HTML checker needs Java (java -jar ${vnuJar}): ${result.error.message}`);
  // The checker writes its JSON report to stderr and exits 1 when it finds errors.
  const report = JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] };
  return report.messages;
}

function describeMessage(message: NuMessage): string {
  const where = message.lastLine ? `line ${message.lastLine}: ` : "";
  const extract = message.extract ? ` — ${message.extract.replace(/\s+/g, " ").trim().slice(0, 160)}` : "";
  return `${where}${message.message}${extract}`;
}

/** Pages fetched and rendered at once: the machine may be shared with the unit tests and lint. */
const concurrentVisits = 3;

async function collectDocuments(
  sitePage: SitePage,
  browser: Browser,
  origin: string,
  dir: string,
): Promise<CheckedDocument[]> {
  const collected: CheckedDocument[] = [];
  const serverFile = join(dir, `${sitePage.name}.server.html`);
  writeFileSync(serverFile, await (await fetch(new URL(sitePage.path, origin))).text());
  collected.push({ page: sitePage, source: "server", file: serverFile });

  if (sitePage.clientRendered || sitePage.notFound) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await prepareStorage(page, sitePage);
      await visitSitePage(page, origin, sitePage);
      const browserFile = join(dir, `${sitePage.name}.browser.html`);
      writeFileSync(browserFile, await page.content());
      collected.push({ page: sitePage, source: "browser", file: browserFile });
    } finally {
      await context.close();
    }
  }
  return collected;
}

test.beforeAll(async ({ browser, baseURL }) => {
  // Generous: on a shared two-core machine, rendering some 50 pages in a browser and starting Java
  // has taken longer than five minutes. A page that fails fails its own test, not this hook.
  test.setTimeout(900_000);
  const origin = baseURL ?? "http://127.0.0.1:3000";
  const dir = mkdtempSync(join(tmpdir(), "html-validity-"));
  const queue = [...listSitePages()];
  const visitNext = async (): Promise<void> => {
    for (let sitePage = queue.shift(); sitePage; sitePage = queue.shift()) {
      try {
        documents.push(...(await collectDocuments(sitePage, browser, origin, dir)));
      } catch (error) {
        visitErrorsByPage.set(sitePage.name, error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrentVisits }, visitNext));
  for (const message of runNuChecker(dir)) {
    if (message.type !== "error" || !message.url) continue;
    const file = decodeURIComponent(new URL(message.url).pathname);
    errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), describeMessage(message)]);
  }
});

for (const sitePage of listSitePages()) {
  const sources = sitePage.clientRendered || sitePage.notFound ? "as sent and as rendered" : "as sent";
  const stored = sitePage.withStoredAssessment ? " with an assessment stored" : "";
  test(`${sitePage.path}${stored} is valid HTML ${sources}`, () => {
    expect(visitErrorsByPage.get(sitePage.name), `${sitePage.path} in the browser`).toBeUndefined();
    const checked = documents.filter((checkedDocument) => checkedDocument.page.name === sitePage.name);
    expect(checked.length).toBeGreaterThan(0);
    for (const { file, source } of checked) {
      expect(errorsByFile.get(file) ?? [], `${sitePage.path} (${source})`).toEqual([]);
    }
  });
}
