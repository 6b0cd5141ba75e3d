/**
 * npm run bench — measures the app against its budgets and prints one table.
 *
 * 1. Builds the app into .next-bench when a source file is newer than that build.
 * 2. Builds a bare Next page in a temporary folder and measures its first-load JavaScript.
 * 3. Starts the app's production server on 127.0.0.1 (a free port) and measures each budgeted
 *    page's first-load JavaScript and CSS, and looks for the PDF library in that JavaScript.
 * 4. Runs Lighthouse on the front page, the questionnaire's first step and the results page.
 * 5. Runs the engine's throughput benchmark and the PDF report's benchmark (scripts/bench-pdf.ts).
 *
 * Environment: LIGHTHOUSE_RUNS (default 1; the median is kept), BENCH_SECONDS (engine, default
 * 3), BENCH_REBUILD=1 (rebuild the app anyway), CHROME_PATH (default /usr/bin/chromium).
 * The table and the details also go to bench-results/latest.md. Exit code 1 when a figure is
 * over its budget.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { ensureAppBuild, repoRoot, startApp, benchDistDir } from "./app-build";
import { measureBarePage } from "./bare-next";
import { benchEngine } from "./bench-engine";
import {
  budgetedRoutes,
  checkAtLeast,
  checkAtMost,
  checkBelow,
  cssBudgetBytes,
  jsRatioBudget,
  lighthouseBudget,
  lighthouseCategories,
  localizeRoute,
  type BudgetedRoute,
} from "../../tests/support/budgets";
import { countOver, formatTable, type BenchRow } from "./format-table";
import { runLighthouse, type LighthouseScores } from "./lighthouse-pages";
import {
  findPdfLibrary,
  formatKilobytes,
  measurePageWeight,
  type PageWeight,
} from "../../tests/support/page-assets";
import { runPdfBench } from "./pdf-report";
import { readExampleSeed } from "../../tests/support/stored-assessment";
import { median } from "./median";

const locale = "da";

function log(message: string) {
  process.stderr.write(`${message}\n`);
}

async function measureRoutes(baseUrl: string): Promise<Map<BudgetedRoute, PageWeight>> {
  const weights = new Map<BudgetedRoute, PageWeight>();
  for (const route of budgetedRoutes) {
    const weight = await measurePageWeight(baseUrl, localizeRoute(locale, route.path));
    if (weight.status !== 200) throw new Error(`${weight.path} answered ${weight.status}`);
    weights.set(route, weight);
  }
  return weights;
}

/** A metric's median as Lighthouse displays such a value: "1.4 s", "250 ms", "0.031". */
function displayTiming(id: string, value: number): string {
  if (id === "cumulative-layout-shift") return String(Math.round(value * 1000) / 1000);
  if (id === "total-blocking-time") return `${(Math.round(value / 10) * 10).toLocaleString("en")} ms`;
  return `${(Math.round(value / 100) / 10).toFixed(1)} s`;
}

/** Runs Lighthouse `runs` times and keeps each category's median score and each metric's median. */
async function runLighthouseMedian(url: string, runs: number, withSeed: boolean): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await runLighthouse(url, withSeed ? readExampleSeed() : undefined, (error, attempt) =>
      log(`  run ${run + 1}, attempt ${attempt}: ${error.message}; running it again`),
    );
    results.push(result);
  }
  const [first] = results;
  if (!first) throw new Error("no Lighthouse run");
  if (runs === 1) return first;
  const timings = Object.fromEntries(
    Object.keys(first.timings).map((id) => [
      id,
      median(results.map((result) => result.timings[id] ?? Number.NaN)),
    ]),
  );
  return {
    ...first,
    scores: Object.fromEntries(
      lighthouseCategories.map((id) => [id, median(results.map((result) => result.scores[id]))]),
    ) as LighthouseScores["scores"],
    timings,
    metrics: Object.fromEntries(Object.entries(timings).map(([id, value]) => [id, displayTiming(id, value)])),
  };
}

/** Lighthouse's timings are simulated from what the CPU did: a busy machine lowers them. */
function formatMetrics(result: LighthouseScores): string {
  const metrics = Object.entries(result.metrics)
    .map(([id, value]) => `${id} ${value}`)
    .join(", ");
  return `${metrics} (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs)`;
}

function sizeRows(weights: Map<BudgetedRoute, PageWeight>, bareBytes: number): BenchRow[] {
  const jsRows: BenchRow[] = [];
  const cssRows: BenchRow[] = [];
  for (const [route, weight] of weights) {
    const ratio = weight.jsGzipBytes / bareBytes;
    const limit = jsRatioBudget[route.kind];
    jsRows.push({
      measure: "First-load JS (gzip)",
      page: `${route.label} ${weight.path}`,
      figure: `${formatKilobytes(weight.jsGzipBytes)} = ${ratio.toFixed(3)}× bare`,
      budget: `≤ ${limit}× bare (${formatKilobytes(bareBytes * limit)})`,
      status: checkAtMost(ratio, limit),
    });
    cssRows.push({
      measure: "CSS (gzip)",
      page: `${route.label} ${weight.path}`,
      figure: formatKilobytes(weight.cssGzipBytes),
      budget: `< ${formatKilobytes(cssBudgetBytes)}`,
      status: checkBelow(weight.cssGzipBytes, cssBudgetBytes),
    });
  }
  const pdfHits = [...weights.values()].flatMap((weight) =>
    findPdfLibrary(weight.scripts).map((hit) => `${weight.path}: ${hit.url} (${hit.signature})`),
  );
  const pdfRow: BenchRow = {
    measure: "@react-pdf in first-load JS",
    page: `all ${weights.size} pages above`,
    figure: pdfHits.length ? `found: ${pdfHits.join("; ")}` : "not found",
    budget: "never",
    status: pdfHits.length ? "OVER" : "OK",
  };
  return [...jsRows, pdfRow, ...cssRows];
}

function lighthouseRows(route: BudgetedRoute, path: string, result: LighthouseScores): BenchRow[] {
  return lighthouseCategories.map((id) => ({
    measure: `Lighthouse ${id}`,
    page: `${route.label} ${path}`,
    figure: String(result.scores[id]),
    budget: `≥ ${lighthouseBudget[id]}`,
    status: checkAtLeast(result.scores[id], lighthouseBudget[id]),
  }));
}

async function main() {
  const started = Date.now();
  log(`Building the app into ${benchDistDir} if needed …`);
  log(`  ${await ensureAppBuild()}`);
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
  log("Building and measuring a bare Next page in a temporary folder …");
  const bare = await measureBarePage((url) => runLighthouseMedian(url, runs, false));
  const bareBytes = bare.weight.jsGzipBytes;
  log(`  bare Next ${bare.next} / React ${bare.react}: ${formatKilobytes(bareBytes)} (${bareBytes} bytes)`);

  const server = await startApp();
  log(`Serving the app on ${server.url}`);
  const rows: BenchRow[] = [
    {
      measure: "Reference: bare Next page",
      page: `Next ${bare.next}, React ${bare.react}`,
      figure: `${formatKilobytes(bareBytes)} JS (${bareBytes} bytes)`,
      budget: "none",
      status: "–",
    },
    {
      measure: "Reference: bare Next page",
      page: "Lighthouse (this machine, now)",
      figure: lighthouseCategories.map((id) => `${id} ${bare.extra.scores[id]}`).join(", "),
      budget: "none",
      status: "–",
    },
  ];
  const notes: string[] = [`Lighthouse bare page: ${formatMetrics(bare.extra)}`];
  try {
    const weights = await measureRoutes(server.url);
    rows.push(...sizeRows(weights, bareBytes));

    for (const route of budgetedRoutes) {
      if (!route.lighthouse) continue;
      const path = localizeRoute(locale, route.path);
      log(
        `Lighthouse (${runs}×): ${path}${route.lighthouse === "stored-assessment" ? " with the example assessment stored" : ""} …`,
      );
      const result = await runLighthouseMedian(
        `${server.url}${path}`,
        runs,
        route.lighthouse === "stored-assessment",
      );
      rows.push(...lighthouseRows(route, path, result));
      notes.push(
        `Lighthouse ${path}: ${formatMetrics(result)}`,
        ...result.shortfalls.map((shortfall) => `  below full marks: ${shortfall}`),
      );
    }

    log("Engine throughput …");
    const seconds = Number(process.env.BENCH_SECONDS ?? 3);
    for (const engineRow of benchEngine(seconds)) {
      rows.push({
        measure: "Engine throughput",
        page: engineRow.label,
        figure: `${Math.round(engineRow.perSecond).toLocaleString("en-GB")} per second`,
        budget: "none",
        status: "–",
      });
    }

    log("PDF report …");
    const pdf = await runPdfBench(server.url);
    if (pdf.status === "measured") {
      rows.push(
        {
          measure: "PDF report (POST /api/report)",
          page: "p50",
          figure: `${pdf.p50Ms} ms`,
          budget: "none",
          status: "–",
        },
        {
          measure: "PDF report (POST /api/report)",
          page: "p95",
          figure: `${pdf.p95Ms} ms`,
          budget: "none",
          status: "–",
        },
      );
    } else {
      rows.push({
        measure: "PDF report (POST /api/report)",
        page: "p50 / p95",
        figure: `n/a: ${pdf.reason}`,
        budget: "none",
        status: "–",
      });
    }
  } finally {
    await server.stop();
  }

  const table = formatTable(rows);
  const over = countOver(rows);
  const summary = over ? `${over} figure(s) over budget.` : "Every figure within its budget.";
  const took = `${Math.round((Date.now() - started) / 1000)} s`;
  console.log(table);
  console.log(`\n${summary} (${took}; kB = 1000 bytes, gzip level 9)`);
  if (notes.length) console.log(`\n${notes.join("\n")}`);

  mkdirSync(join(repoRoot, "bench-results"), { recursive: true });
  writeFileSync(
    join(repoRoot, "bench-results/latest.md"),
    `${table}\n\n${summary} Measured ${new Date().toISOString()} in ${took}.\n\n${notes.join("\n")}\n`,
  );
  if (over) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
