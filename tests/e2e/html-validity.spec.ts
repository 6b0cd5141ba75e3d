import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, expect, test } from "@playwright/test";
import { caseIds } from "@/lib/schemas/common";
import { listSitePages, rootNotFoundPage, type SitePage } from "../support/site-pages";
import { prepareStorage, visitSitePage } from "../support/visit-page";

/**
 * One crawl of every page of the site, in both languages, in the browser (with the example
 * assessment stored where the page needs one), the 404 pages included:
 * - the W3C Nu HTML checker (vnu-jar, needs Java) finds no errors in the HTML the server sends
 *   and, for pages the browser fills in from the stored assessment (the questionnaire's steps, the
 *   results) or renders itself (the 404 pages), in the document as the browser shows it. All
 *   documents are checked in one run of the checker (Java starts once);
 * - no page of the site breaks the Content-Security-Policy while it loads (a refused script,
 *   style, font or request shows up as a console error and a `securitypolicyviolation` event);
 *   what a user does after the load is csp-in-browser.spec.ts's;
 * - every link a reader can follow inside the site leads to a page that exists. Case pages are
 *   the ones this guards most, as their links are built from the content's case ids.
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
/** Content-Security-Policy violations seen while each page loaded, by page name. */
const violationsByPage = new Map<string, string[]>();
/** Each internal address a page links to, with the first page that links to it. */
const linkedFrom = new Map<string, string>();
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

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const violations: string[] = [];
    violationsByPage.set(sitePage.name, violations);
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
    await prepareStorage(page, sitePage);
    const response = await visitSitePage(page, origin, sitePage);
    const expected = sitePage.notFound ? 404 : 200;
    if (response?.status() !== expected) {
      throw new Error(`${sitePage.path} answered ${response?.status() ?? "nothing"}, not ${expected}`);
    }
    if (sitePage.clientRendered || sitePage.notFound) {
      const browserFile = join(dir, `${sitePage.name}.browser.html`);
      writeFileSync(browserFile, await page.content());
      collected.push({ page: sitePage, source: "browser", file: browserFile });
    }
    // A 404 page's language switch points at the same missing address in the other language.
    if (!sitePage.notFound) {
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      for (const href of hrefs) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const target = href.split("#")[0] ?? "";
        if (target !== "" && !linkedFrom.has(target)) linkedFrom.set(target, sitePage.path);
      }
    }
  } finally {
    await context.close();
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
  test(`${sitePage.path}${stored} is valid HTML ${sources} and loads under the Content-Security-Policy`, () => {
    expect(visitErrorsByPage.get(sitePage.name), `${sitePage.path} in the browser`).toBeUndefined();
    // A file's address (the root 404 page) carries the strict policy of files, which lets no
    // script or stylesheet load: that page is plain text and links by design (next.config.js).
    if (sitePage.name !== rootNotFoundPage.name) {
      expect(violationsByPage.get(sitePage.name), `${sitePage.path}: policy violations`).toEqual([]);
    }
    const checked = documents.filter((checkedDocument) => checkedDocument.page.name === sitePage.name);
    expect(checked.length).toBeGreaterThan(0);
    for (const { file, source } of checked) {
      expect(errorsByFile.get(file) ?? [], `${sitePage.path} (${source})`).toEqual([]);
    }
  });
}

test("every internal link on the site's pages leads to a page that exists", async ({ request }) => {
  test.setTimeout(120_000);
  const targets = [...linkedFrom.keys()];
  for (const locale of ["da", "en"]) {
    for (const id of caseIds) expect(targets, "a link to each case page").toContain(`/${locale}/cases/${id}`);
  }
  const broken: string[] = [];
  for (const [target, source] of linkedFrom) {
    // A fresh connection per request, as in security-headers.spec.ts: a reused keep-alive
    // connection closed by a busy server says nothing about the links.
    const response = await request.get(target, { maxRedirects: 5, headers: { Connection: "close" } });
    if (response.status() >= 400) broken.push(`${target} (on ${source}): ${response.status()}`);
  }
  expect(broken).toEqual([]);
});
