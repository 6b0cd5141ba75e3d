/**
 * npx tsx scripts/bench/compare-styles.ts [out-dir]
 *
 * Checks that trimming DKFDS to the parts this site uses (app/styles/dkfds.scss, and the rules
 * scripts/build/prune-css.ts drops after the build) took no style from any page. The checkout is
 * copied to a temporary folder and built twice: as it is, pruned as `npm run build` prunes
 * ("after"), and with the layouts importing DKFDS's full dkfds.min.css as before ("before", its
 * text measure set as the site sets it). Both are served, and every page of the site, in both
 * languages, at a desktop and a phone width and through a few states one after another (as
 * loaded, keyboard focus on the first link, every <details> open, the questionnaire submitted
 * empty, the phone's step list opened), is compared between the two: the computed style of
 * every element, and the screenshots pixel by pixel. Same source, same DOM: any
 * difference comes from the stylesheet. It also checks that the IBM Plex Sans faces load, from
 * the site itself. COMPARE_PAGES=<regex> limits the pages by name (e.g. "^da-cases");
 * COMPARE_REUSE=1 serves the two builds of the previous run instead of copying and building.
 *
 * Writes before/after screenshots and report.md to out-dir (default bench-results/styles);
 * exits 1 when anything differs.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { repoRoot } from "./app-build";
import { chromePath } from "./lighthouse-pages";
import { listFiles } from "../build/list-files";
import { pruneBuiltStylesheets } from "../build/prune-css";
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
  {
    file: "app/[locale]/layout.tsx",
    trimmed: '"../styles/dkfds.scss"',
    full: '"../../node_modules/dkfds/dist/css/dkfds.min.css"',
  },
  {
    file: "app/not-found.tsx",
    trimmed: '"./styles/dkfds.scss"',
    full: '"../node_modules/dkfds/dist/css/dkfds.min.css"',
  },
];

/** Copies the checkout (not its builds or node_modules, which is linked) to a fresh folder. */
const compareDir = join(tmpdir(), "ai-parathed-compare-styles");

function copyCheckout(): string {
  const dir = compareDir;
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

/**
 * The one deliberate change (app/styles/dkfds.scss): DKFDS's text measure, 66ch, written in em,
 * the same length once IBM Plex Sans is in, and offered to the site's own styles as
 * --text-measure. The "before" build's stylesheets get the same value and the same property, so
 * that the comparison looks at everything else.
 */
function measureTextAsTheSiteDoes(dir: string, distDir: string): void {
  const measure = /^\$text-measure: ([^;]+);/m.exec(
    readFileSync(join(dir, "app/styles/dkfds.scss"), "utf8"),
  )?.[1];
  if (!measure) throw new Error("app/styles/dkfds.scss no longer sets $text-measure");
  for (const path of listFiles(join(dir, distDir, "static"), (name) => name.endsWith(".css"))) {
    const css = readFileSync(path, "utf8");
    if (css.includes("66ch"))
      writeFileSync(path, `:root{--text-measure:${measure}}${css.replaceAll("66ch", measure)}`);
  }
}

/** Builds the copy as it is and with DKFDS in full, and serves both. */
async function serveBeforeAndAfter(): Promise<{ before: RunningServer; after: RunningServer }> {
  const nextBin = join(repoRoot, "node_modules/next/dist/bin/next");
  const reuse = process.env.COMPARE_REUSE === "1" && existsSync(join(compareDir, ".next-before/BUILD_ID"));
  const dir = reuse ? compareDir : copyCheckout();
  if (!reuse) {
    process.stderr.write(`Building the trimmed and the full stylesheet's versions in ${dir} …\n`);
    await buildNext({ dir, nextBin, distDir: ".next-after" });
    // As `npm run build` does: the rules no page can match go (scripts/build/prune-css.ts).
    pruneBuiltStylesheets(join(dir, ".next-after"), dir);
    importFullDkfds(dir);
    await buildNext({ dir, nextBin, distDir: ".next-before" });
    measureTextAsTheSiteDoes(dir, ".next-before");
  }
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
  // A state can reveal text in a weight not loaded yet (an opened <details>): let it load and lay out.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
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
        // The two builds are served on different ports: compare url()s without the origin.
        return [...style].map(
          (name) => `${name}: ${style.getPropertyValue(name).replaceAll(location.origin, "")}`,
        );
      }),
    };
  });
  const screenshot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  return { styles, tags, screenshot };
}

/**
 * Differences between DKFDS's published dkfds.min.css and the same SCSS compiled by Next, none of
 * which changes a pixel (the screenshots must still be identical).
 */
const explainedDifferences = [
  {
    why: "--text-measure (the site's name for the text measure, which DKFDS's stylesheet does not declare)",
    applies: (element: string, property: string) => property === "--text-measure",
  },
  {
    // app/styles/dkfds.scss puts "IBM Plex Sans Fallback" second in DKFDS's font stack: it is
    // only drawn until IBM Plex Sans is in, and the captures wait for the fonts.
    why: 'font-family: "IBM Plex Sans Fallback" after IBM Plex Sans (the stand-in while it loads)',
    applies: (element: string, property: string) => property === "font-family",
  },
  {
    why: 'font-feature-settings: "kern" (dkfds.min.css adds it beside font-kerning: normal)',
    applies: (element: string, property: string) => property === "font-feature-settings",
  },
  {
    // dkfds.min.css has `a:not(.button):not(.full-width-image):not(.card) { max-width: 66ch }`
    // where the SCSS says `a:not(.button, .full-width-image, .card)`: a higher specificity,
    // which overrides DKFDS's own `a.skipnav { max-width: none }`. Compiled, it applies as written.
    why: "max-width of links (dkfds.min.css gives DKFDS's 66ch rule for links a higher specificity)",
    applies: (element: string, property: string) =>
      /^a([.#]|$)/.test(element) && (property === "max-width" || property === "max-inline-size"),
  },
];

interface StyleComparison {
  differences: string[];
  /** The explanations of the explained differences found. */
  explained: Set<string>;
}

function compareStyles(before: Capture, after: Capture): StyleComparison {
  const explained = new Set<string>();
  if (before.tags.length !== after.tags.length) {
    return {
      differences: [`different number of elements: ${before.tags.length} before, ${after.tags.length} after`],
      explained,
    };
  }
  const differences: string[] = [];
  after.styles.forEach((afterStyle, index) => {
    const element = after.tags[index] ?? "";
    const beforeStyle = before.styles[index] ?? [];
    const changed = afterStyle.flatMap((declaration, position) => {
      const previous = beforeStyle[position] ?? "";
      if (declaration === previous) return [];
      const property = declaration.slice(0, declaration.indexOf(":"));
      const explanation = explainedDifferences.find((candidate) => candidate.applies(element, property));
      if (explanation) {
        explained.add(explanation.why);
        return [];
      }
      return [{ now: declaration, was: previous }];
    });
    if (changed.length) {
      const now = changed.map((change) => change.now).join("; ");
      const was = changed.map((change) => change.was).join("; ");
      differences.push(`${element}: now ${now} (was ${was})`);
    }
  });
  return { differences, explained };
}

/** Number of pixels that differ between two PNG screenshots (decoded by the browser). */
async function countDifferentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    // No named helpers in here: the page cannot see the name-keeping helper tsx adds to them.
    async (pngs) => {
      const [x, y] = await Promise.all(
        pngs.map(async (base64) => {
          const image = await createImageBitmap(
            await (await fetch(`data:image/png;base64,${base64}`)).blob(),
          );
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext("2d");
          if (!context) throw new Error("no 2d context");
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      );
      if (!x || !y) throw new Error("two screenshots expected");
      if (x.width !== y.width || x.height !== y.height)
        return Math.max(x.width * x.height, y.width * y.height);
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2])
          different++;
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
  await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
  });
  await page.evaluate(() => document.fonts.ready);
  fonts.loadedFaces = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === "loaded")
      .map((face) => `${face.family} ${face.weight} ${face.style}`),
  );
  return { context, page, fonts };
}

interface Totals {
  compared: number;
  problems: number;
  fontFaces: Set<string>;
  explained: Set<string>;
}

/** Compares one page at one width through its states, in order, on the same pair of pages. */
async function comparePage(
  browser: Browser,
  servers: { before: RunningServer; after: RunningServer },
  sitePage: SitePage,
  viewport: ViewportName,
  output: { dir: string; report: string; differ: Page },
  totals: Totals,
): Promise<void> {
  const after = await openPage(browser, servers.after.url, sitePage, viewport);
  const before = await openPage(browser, servers.before.url, sitePage, viewport);
  try {
    for (const state of states.filter((candidate) => candidate.appliesTo(sitePage, viewport))) {
      if (!(await state.apply(after.page)) || !(await state.apply(before.page))) continue;
      const label = `${sitePage.name} ${viewport} ${state.name}`;
      const afterCapture = await capture(after.page);
      const beforeCapture = await capture(before.page);
      const file = `${sitePage.name}-${viewport}-${state.name}`;
      writeFileSync(join(output.dir, `${file}-after.png`), afterCapture.screenshot);
      writeFileSync(join(output.dir, `${file}-before.png`), beforeCapture.screenshot);
      const { differences, explained } = compareStyles(beforeCapture, afterCapture);
      explained.forEach((why) => totals.explained.add(why));
      const pixels = await countDifferentPixels(
        output.differ,
        beforeCapture.screenshot,
        afterCapture.screenshot,
      );
      after.fonts.loadedFaces.forEach((face) => totals.fontFaces.add(face));
      const fontProblems = [
        ...after.fonts.foreignRequests.map((url) => `request to another site: ${url}`),
        ...after.fonts.failedFonts.map((failure) => `font failed: ${failure}`),
        ...(after.fonts.loadedFaces.some((face) => face.startsWith("IBM Plex Sans"))
          ? []
          : ["no IBM Plex Sans face loaded"]),
      ];
      const ok = differences.length === 0 && pixels === 0 && fontProblems.length === 0;
      totals.compared += 1;
      if (!ok) totals.problems += 1;
      const details = [...differences, ...fontProblems].map((line) => `  - ${line}\n`).join("");
      appendFileSync(
        output.report,
        `- ${ok ? "same" : "DIFFERENT"}: ${label} (${afterCapture.tags.length} elements, ${pixels} pixels differ)\n${details}`,
      );
      process.stderr.write(`${ok ? "same     " : "DIFFERENT"} ${label}${ok ? "" : ` (${pixels} pixels)`}\n`);
    }
  } finally {
    await after.context.close();
    await before.context.close();
  }
}

async function main() {
  const dir = process.argv[2] ?? join(repoRoot, "bench-results/styles");
  mkdirSync(dir, { recursive: true });
  const servers = await serveBeforeAndAfter();
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const report = join(dir, "report.md");
  writeFileSync(report, "Before: DKFDS's dkfds.min.css. After: app/styles/dkfds.scss.\n\n");
  const totals: Totals = { compared: 0, problems: 0, fontFaces: new Set(), explained: new Set() };
  try {
    const differ = await browser.newPage();
    for (const sitePage of listSitePages().filter((candidate) => pageFilter.test(candidate.name))) {
      for (const viewport of Object.keys(viewports) as ViewportName[]) {
        await comparePage(browser, servers, sitePage, viewport, { dir, report, differ }, totals);
      }
    }
  } finally {
    await browser.close();
    await servers.after.stop();
    await servers.before.stop();
  }
  const summary = totals.problems
    ? `${totals.problems} of ${totals.compared} page states differ between DKFDS in full and the trimmed stylesheet.`
    : `All ${totals.compared} page states look the same with the trimmed stylesheet as with DKFDS in full.`;
  const fonts = `Font faces loaded, all from this site: ${[...totals.fontFaces].sort().join(", ")}.`;
  const explained = totals.explained.size
    ? `Computed-style differences explained by DKFDS's published build, with identical pixels: ${[...totals.explained].join("; ")}.`
    : "";
  appendFileSync(report, `\n${summary}\n\n${fonts}\n\n${explained}\n`);
  console.log(`${summary}\n${fonts}\n${explained}\nDetails and screenshots: ${dir}`);
  if (totals.problems) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
