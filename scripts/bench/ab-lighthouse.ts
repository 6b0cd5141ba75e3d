/**
 * Compares two (or more) running builds of the app with Lighthouse, page by page, in turns: run 1
 * on each build, then run 2 on each, and so on, so that the shared machine's load falls on all of
 * them alike. Prints each run and the medians. For deciding whether a change helps; the budgets
 * are `npm run bench`'s.
 *
 *   BASES=http://127.0.0.1:3411,http://127.0.0.1:3413 RUNS=5 npm run bench:ab -- results,quest
 *
 * Each base is a production server of one build (`next start` on a NEXT_DIST_DIR of its own).
 */
import { runLighthouse } from "./lighthouse-pages";
import { median } from "./median";
import { readExampleSeed } from "./stored-assessment";

const pages: Record<string, { path: string; stored: boolean }> = {
  front: { path: "/da", stored: false },
  quest: { path: "/da/assessment/profile", stored: false },
  results: { path: "/da/results", stored: true },
};

async function main() {
  const bases = (process.env.BASES ?? "").split(",").filter(Boolean);
  const runs = Number(process.env.RUNS ?? 5);
  const wanted = (process.argv[2] ?? "front,quest,results").split(",");
  const unknown = wanted.filter((name) => !(name in pages));
  if (bases.length < 2 || unknown.length > 0 || !(runs > 0)) {
    console.error(
      "Usage: BASES=<url>,<url>[,…] [RUNS=5] npm run bench:ab -- [front,quest,results]" +
        (unknown.length ? `\nUnknown page: ${unknown.join(", ")}` : ""),
    );
    process.exit(2);
  }
  for (const name of wanted) {
    const { path, stored } = pages[name]!;
    const results = new Map(bases.map((base) => [base, [] as { score: number; lcp: number; tbt: number }[]]));
    for (let run = 1; run <= runs; run += 1) {
      for (const base of bases) {
        const result = await runLighthouse(
          base + path,
          stored ? readExampleSeed() : undefined,
          (error, attempt) =>
            console.log(`${name} run ${run} ${base}, attempt ${attempt}: ${error.message}; again`),
        );
        const entry = {
          score: result.scores.performance,
          lcp: Math.round(result.timings["largest-contentful-paint"] ?? Number.NaN),
          tbt: Math.round(result.timings["total-blocking-time"] ?? Number.NaN),
        };
        results.get(base)!.push(entry);
        console.log(
          `${name} run ${run} ${base}: performance ${entry.score}, LCP ${entry.lcp} ms, TBT ${entry.tbt} ms`,
        );
      }
    }
    for (const [base, entries] of results) {
      console.log(
        `${name} ${base} medians over ${entries.length}: performance ${median(entries.map((e) => e.score))}, ` +
          `LCP ${median(entries.map((e) => e.lcp))} ms, TBT ${median(entries.map((e) => e.tbt))} ms`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
