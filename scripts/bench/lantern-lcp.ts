/**
 * What Lighthouse's simulated largest paint waited for: runs Lighthouse once on a page, then
 * prints Lantern's own simulation of the largest contentful paint (the same computed artifact the
 * LCP audit uses) node by node, requests and main-thread tasks, with their simulated start and
 * end, what each depends on and the connection it was given. For finding out why a page's LCP is
 * what it is; the budgets are `npm run bench`'s.
 *
 *   npm run bench:lcp -- http://127.0.0.1:3401/da/results --stored
 *
 * `--stored` puts the example assessment into localStorage first, as `npm run bench` does for the
 * results page.
 */
import { runLighthouseReport } from "./lighthouse-pages";
import { readExampleSeed } from "./stored-assessment";

/** The parts of Lantern's graph nodes this prints (lighthouse/core/lib/lantern/graph). */
interface LanternNode {
  type: "network" | "cpu";
  duration: number;
  request?: { url: string; transferSize: number; connectionId: number; priority: string };
  getDependencies(): LanternNode[];
}
interface LanternEstimate {
  timeInMs: number;
  nodeTimings: Map<LanternNode, { startTime: number; endTime: number }>;
}
interface LanternMetric {
  timing: number;
  optimisticEstimate: LanternEstimate;
  pessimisticEstimate: LanternEstimate;
}
interface LanternLcpArtifact {
  request(
    data: Record<string, unknown>,
    context: { computedCache: Map<string, unknown> },
  ): Promise<LanternMetric>;
}

function label(node: LanternNode, origin: string): string {
  if (node.type === "cpu" || !node.request) return `task ${(node.duration / 1000).toFixed(0)} ms (measured)`;
  return `${node.request.url.replace(origin, "")} (${node.request.transferSize} B)`;
}

function printEstimate(name: string, estimate: LanternEstimate, origin: string): void {
  console.log(`\n${name}: ${Math.round(estimate.timeInMs)} ms`);
  console.log("  start    end  node  <- depends on  [connection, priority]");
  const rows = [...estimate.nodeTimings].sort(([, a], [, b]) => a.startTime - b.startTime);
  for (const [node, timing] of rows) {
    const dependencies = node
      .getDependencies()
      .map((dependency) => (dependency.type === "network" ? label(dependency, origin) : "a task"))
      .join(", ");
    const connection = node.request ? `  [${node.request.connectionId}, ${node.request.priority}]` : "";
    console.log(
      `${String(Math.round(timing.startTime)).padStart(7)}${String(Math.round(timing.endTime)).padStart(7)}  ` +
        `${label(node, origin)}  <- ${dependencies || "nothing"}${connection}`,
    );
  }
}

async function main() {
  const url = process.argv[2];
  const stored = process.argv.includes("--stored");
  if (!url || !/^https?:\/\//.test(url)) {
    console.error("Usage: npm run bench:lcp -- <page URL of a running production server> [--stored]");
    process.exit(2);
  }
  const artifactPath = "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";
  const { LanternLargestContentfulPaint } = (await import(artifactPath)) as {
    LanternLargestContentfulPaint: LanternLcpArtifact;
  };
  const { artifacts, lhr } = await runLighthouseReport(url, stored ? readExampleSeed() : undefined, {
    categories: ["performance"],
    onRetry: (error) => console.log(`${error.message}; running it again`),
  });
  const metric = await LanternLargestContentfulPaint.request(
    {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: lhr.configSettings,
      URL: artifacts.URL,
      SourceMaps: artifacts.SourceMaps,
      simulator: null,
    },
    { computedCache: new Map() },
  );
  const origin = new URL(url).origin;
  const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
  console.log(`${url}: performance ${score}, simulated LCP ${Math.round(metric.timing)} ms`);
  printEstimate("Optimistic estimate", metric.optimisticEstimate, origin);
  printEstimate("Pessimistic estimate", metric.pessimisticEstimate, origin);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
