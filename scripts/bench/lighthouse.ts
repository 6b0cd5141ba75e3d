/**
 * npm run bench:lighthouse — Lighthouse (mobile, simulated slow 4G) on the front page, the
 * questionnaire's first step and the results page, against the production build in .next
 * (run `npm run build` first) or, with BENCH_URL, against a server already running.
 *
 * Environment: LIGHTHOUSE_RUNS (default 1; the median score is kept), CHROME_PATH (default
 * /usr/bin/chromium), BENCH_URL. Exit code 1 when a score is under its budget.
 */
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import {
  budgetedRoutes,
  lighthouseBudget,
  lighthouseCategories,
  localizeRoute,
} from "../../tests/support/budgets";
import { runLighthouse, type LighthouseScores } from "./lighthouse-pages";
import { median } from "./median";
import { startNext, type RunningServer } from "./next-server";
import { readExampleSeed } from "../../tests/support/stored-assessment";

const repoRoot = join(__dirname, "../..");

async function startBuiltApp(): Promise<RunningServer> {
  return startNext({ dir: repoRoot, nextBin: join(repoRoot, "node_modules/next/dist/bin/next") }, "/da");
}

async function main() {
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
  const server = process.env.BENCH_URL ? null : await startBuiltApp();
  const baseUrl = process.env.BENCH_URL ?? server?.url ?? "";
  let over = 0;
  try {
    for (const route of budgetedRoutes) {
      if (!route.lighthouse) continue;
      const path = localizeRoute("da", route.path);
      const results: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        const seed = route.lighthouse === "stored-assessment" ? readExampleSeed() : undefined;
        results.push(await runLighthouse(`${baseUrl}${path}`, seed));
      }
      const scores = lighthouseCategories.map((id) => {
        const score = median(results.map((result) => result.scores[id]));
        if (score < lighthouseBudget[id]) over += 1;
        return `${id} ${score}${score < lighthouseBudget[id] ? ` (budget ${lighthouseBudget[id]})` : ""}`;
      });
      const last = results.at(-1);
      console.log(`${route.label} ${path}: ${scores.join(", ")}`);
      if (last)
        console.log(
          `  ${Object.entries(last.metrics)
            .map(([id, value]) => `${id} ${value}`)
            .join(", ")}`,
        );
    }
  } finally {
    await server?.stop();
  }
  console.log(
    `(load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs: a busy machine lowers the simulated timings)`,
  );
  if (over) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
