/**
 * npx tsx scripts/bench/compare-styles.ts [out-dir]
 *
 * Checks that trimming DKFDS to the parts this site uses (app/styles/dkfds.scss) took no style
 * from any page. The checkout is copied to a temporary folder and built twice: as it is ("after")
 * and with the layouts importing DKFDS's full dkfds.min.css as before ("before"). Both are served,
 * and every page of the site, in both languages, at a desktop and a phone width and in a few
 * states (as loaded, keyboard focus on the first link, every <details> open, the questionnaire
 * submitted empty, the phone's step list opened), is compared between the two: the computed
 * style of every element, and the screenshots pixel by pixel. Same source, same DOM: any
 * difference comes from the stylesheet. It also checks that the IBM Plex Sans faces load, from
 * the site itself. COMPARE_PAGES=<regex> limits the pages by name (e.g. "^da-cases").
 *
 * Writes before/after screenshots and report.md to out-dir (default bench-results/styles);
 * exits 1 when anything differs.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { repoRoot } from "./app-build";
import { chromePath } from "./lighthouse-pages";
import { buildNext, startNext, type RunningServer } from "./next-server";
import { listSitePages, type SitePage } from "./site-pages";
import { prepareStorage, visitSitePage } from "./visit-page";

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
type ViewportName = keyof typeof viewports;

interface PageState {
  name: string;
  appliesTo: (page: SitePage, viewport: ViewportName) => boolean;
  /** Brings the page into the state; false when the page has nothing to show for it. */
  apply: (page: Page) => Promise<boolean>;
}

const states: PageState[] = [
  { name: "loaded", appliesTo: () => true, apply: async () => true },
  {
    name: "focus",
    appliesTo: (page, viewport) => viewport === "desktop" && !page.notFound,
    apply: async (page) => {
      await page.keyboard.press("Tab");
      return true;
    },
  },
  {
    name: "details-open",
    appliesTo: () => true,
    apply: (page) =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll("details")];
        all.forEach((details) => (details.open = true));
        return all.length > 0;
      }),
  },
  {
    name: "submitted-empty",
    appliesTo: (page) => page.name.endsWith("assessment-profile-empty"),
    apply: async (page) => {
      await page.locator("main form button[type=submit]").first().click();
      await page.locator(".form-error-message, .alert-error").first().waitFor({ timeout: 5_000 });
      return true;
    },
  },
  {
    name: "steps-open",
    appliesTo: (page, viewport) => viewport === "phone" && page.path.includes("/assessment/"),
    apply: async (page) => {
      const button = page.locator(".step-indicator-button");
      if (!(await button.isVisible())) return false;
      await button.click();
      return true;
    },
  },
];

const pageFilter = new RegExp(process.env.COMPARE_PAGES ?? ".");

const skipped = new Set(["node_modules", ".git", "bench-results", "test-results", "playwright-report"]);

/** The layouts' DKFDS imports, trimmed (as in the checkout) and in full (as before). */
const layoutImports = [
  { file: "app/[locale]/layout.tsx", trimmed: '"../styles/dkfds.scss"', full: '"../../node_modules/dkfds/dist/css/dkfds.min.css"' },
  { file: "app/not-found.tsx", trimmed: '"./styles/dkfds.scss"', full: '"../node_modules/dkfds/dist/css/dkfds.min.css"' },
];

/** Copies the checkout (not its builds or node_modules, which is linked) to a fresh folder. */
function copyCheckout(): string {
  const dir = join(tmpdir(), "ai-parathed-compare-styles");
  rmSync(dir, { recursive: true, force: true });
  cpSync(repoRoot, dir, {
    recursive: true,
    filter: (source) => {
      const [first] = relative(repoRoot, source).split("/");
      return !first || !(skipped.has(first) || first.startsWith(".next"));
    },
  });
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
  // Turbopack compiles only files under its root; node_modules is the checkout's.
  appendFileSync(
    join(dir, "next.config.js"),
    `\nmodule.exports.turbopack = { ...module.exports.turbopack, root: "/" };\n`,
  );
  return dir;
}

function importFullDkfds(dir: string): void {
  for (const { file, trimmed, full } of layoutImports) {
    const path = join(dir, file);
    const source = readFileSync(path, "utf8");
    if (!source.includes(`import ${trimmed};`)) throw new Error(`${file} no longer imports ${trimmed}`);
    writeFileSync(path, source.replace(`import ${trimmed};`, `import ${full};`));
  }
}

/** Builds the copy as it is and with DKFDS in full, and serves both. */
async function serveBeforeAndAfter(): Promise<{ before: RunningServer; after: RunningServer }> {
  const dir = copyCheckout();
  const nextBin = join(repoRoot, "node_modules/next/dist/bin/next");
  process.stderr.write(`Building the trimmed and the full stylesheet's versions in ${dir} …\n`);
  await buildNext({ dir, nextBin, distDir: ".next-after" });
  importFullDkfds(dir);
  await buildNext({ dir, nextBin, distDir: ".next-before" });
  const after = await startNext({ dir, nextBin, distDir: ".next-after" }, "/da");
  const before = await startNext({ dir, nextBin, distDir: ".next-before" }, "/da");
  return { before, after };
}

interface Capture {
  styles: string[][];
  tags: string[];
  screenshot: Buffer;
}

/** The computed style of every element in the body, in document order, and a full-page screenshot. */
async function capture(page: Page): Promise<Capture> {
  const { styles, tags } = await page.evaluate(() => {
    const elements = [document.body, ...document.body.querySelectorAll("*")];
    return {
      tags: elements.map((element) => {
        const id = element.id ? `#${element.id}` : "";
        const classes = element.classList.length ? `.${[...element.classList].join(".")}` : "";
        return `${element.tagName.toLowerCase()}${id}${classes}`;
      }),
      styles: elements.map((element) => {
        const style = getComputedStyle(element);
        return [...style].map((name) => `${name}: ${style.getPropertyValue(name)}`);
      }),
    };
  });
  const screenshot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  return { styles, tags, screenshot };
}

function compareStyles(before: Capture, after: Capture): string[] {
  if (before.tags.length !== after.tags.length) {
    return [`different number of elements: ${before.tags.length} before, ${after.tags.length} after`];
  }
  const differences: string[] = [];
  after.styles.forEach((afterStyle, index) => {
    const beforeStyle = before.styles[index] ?? [];
    const changed = afterStyle.filter((declaration, position) => declaration !== beforeStyle[position]);
    if (changed.length) {
      const was = beforeStyle.filter((declaration, position) => declaration !== afterStyle[position]);
      differences.push(`${after.tags[index]}: now ${changed.join("; ")} (was ${was.join("; ")})`);
    }
  });
  return differences;
}

/** Number of pixels that differ between two PNG screenshots (decoded by the browser). */
async function countDifferentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    // No named helpers in here: the page cannot see the name-keeping helper tsx adds to them.
    async (pngs) => {
      const [x, y] = await Promise.all(
        pngs.map(async (base64) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext("2d");
          if (!context) throw new Error("no 2d context");
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      );
      if (!x || !y) throw new Error("two screenshots expected");
      if (x.width !== y.width || x.height !== y.height) return Math.max(x.width * x.height, y.width * y.height);
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) different++;
      }
      return different;
    },
    [a.toString("base64"), b.toString("base64")],
  );
}

interface FontCheck {
  loadedFaces: string[];
  foreignRequests: string[];
  failedFonts: string[];
}

async function openPage(
  browser: Browser,
  baseUrl: string,
  sitePage: SitePage,
  viewport: ViewportName,
): Promise<{ context: BrowserContext; page: Page; fonts: FontCheck }> {
  const context = await browser.newContext({ viewport: viewports[viewport], reducedMotion: "reduce" });
  const page = await context.newPage();
  const fonts: FontCheck = { loadedFaces: [], foreignRequests: [], failedFonts: [] };
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== new URL(baseUrl).origin && !request.url().startsWith("data:")) {
      fonts.foreignRequests.push(request.url());
    }
  });
  page.on("response", (response) => {
    if (/\.(woff2?|ttf|eot)(\?|$)/.test(response.url()) && response.status() !== 200) {
      fonts.failedFonts.push(`${response.status()} ${response.url()}`);
    }
  });
  await prepareStorage(page, sitePage);
  await visitSitePage(page, baseUrl, sitePage);
  // Transitions (the skip link's) would be caught mid-way at different moments in the two pages.
  await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  await page.evaluate(() => document.fonts.ready);
  fonts.loadedFaces = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === "loaded").map((face) => `${face.family} ${face.weight} ${face.style}`),
  );
  return { context, page, fonts };
}

async function main() {
  const outDir = process.argv[2] ?? join(repoRoot, "bench-results/styles");
  mkdirSync(outDir, { recursive: true });
  const servers = await serveBeforeAndAfter();
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox", "--disable-gpu"] });
  const reportFile = join(outDir, "report.md");
  writeFileSync(reportFile, "Before: DKFDS's dkfds.min.css. After: app/styles/dkfds.scss.\n\n");
  let problems = 0;
  const fontFaces = new Set<string>();
  try {
    const differ = await browser.newPage();
    for (const sitePage of listSitePages().filter((candidate) => pageFilter.test(candidate.name))) {
      for (const viewport of Object.keys(viewports) as ViewportName[]) {
        for (const state of states.filter((candidate) => candidate.appliesTo(sitePage, viewport))) {
          const label = `${sitePage.name} ${viewport} ${state.name}`;
          const after = await openPage(browser, servers.after.url, sitePage, viewport);
          const before = await openPage(browser, servers.before.url, sitePage, viewport);
          try {
            if (!(await state.apply(after.page)) || !(await state.apply(before.page))) continue;
            const [afterCapture, beforeCapture] = [await capture(after.page), await capture(before.page)];
            const file = `${sitePage.name}-${viewport}-${state.name}`;
            writeFileSync(join(outDir, `${file}-after.png`), afterCapture.screenshot);
            writeFileSync(join(outDir, `${file}-before.png`), beforeCapture.screenshot);
            const styleDifferences = compareStyles(beforeCapture, afterCapture);
            const pixels = await countDifferentPixels(differ, beforeCapture.screenshot, afterCapture.screenshot);
            after.fonts.loadedFaces.forEach((face) => fontFaces.add(face));
            const fontProblems = [
              ...after.fonts.foreignRequests.map((url) => `request to another site: ${url}`),
              ...after.fonts.failedFonts.map((failure) => `font failed: ${failure}`),
              ...(after.fonts.loadedFaces.some((face) => face.startsWith("IBM Plex Sans")) ? [] : ["no IBM Plex Sans face loaded"]),
            ];
            const ok = styleDifferences.length === 0 && pixels === 0 && fontProblems.length === 0;
            if (!ok) problems += 1;
            const details = [...styleDifferences, ...fontProblems].map((line) => `  - ${line}\n`).join("");
            appendFileSync(
              reportFile,
              `- ${ok ? "same" : "DIFFERENT"}: ${label} (${afterCapture.tags.length} elements, ${pixels} pixels differ)\n${details}`,
            );
            process.stderr.write(`${ok ? "same     " : "DIFFERENT"} ${label}${ok ? "" : ` (${pixels} pixels)`}\n`);
          } finally {
            await after.context.close();
            await before.context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await servers.after.stop();
    await servers.before.stop();
  }
  const summary = problems
    ? `${problems} page state(s) differ between DKFDS in full and the trimmed stylesheet.`
    : "Every page state looks the same with the trimmed stylesheet as with DKFDS in full.";
  const fonts = `Font faces loaded from this site: ${[...fontFaces].sort().join(", ")}`;
  appendFileSync(reportFile, `\n${summary}\n\n${fonts}\n`);
  console.log(`${summary}\n${fonts}\nDetails and screenshots: ${outDir}`);
  if (problems) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
