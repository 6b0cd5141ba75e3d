/**
 * npm run bench:load — the API under load: POST /api/assess and (where it exists) POST
 * /api/report with examples/faxe.json, at 1, 4 and 16 connections for a fixed time each, against
 * a production server on 127.0.0.1. Prints requests/s, p50 and p99 latency, errors and the
 * server's memory. Exits non-zero on any error or non-2xx answer.
 *
 *   BASE_URL      the server (default http://127.0.0.1:3000; only 127.0.0.1 is accepted)
 *   BENCH_DIST_DIR  instead of BASE_URL: start `next start` from this built dist dir, e.g.
 *                 .next-bench after `NEXT_DIST_DIR=.next-bench npm run build`, and stop it after
 *   PID           the server's process id (default: the process `ss -ltnp` shows on the port)
 *   DURATION      seconds per run (default 10)
 *   CONNECTIONS   comma-separated (default 1,4,16)
 */
import autocannon from "autocannon";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findListeningPid, readBaseUrl, readMemory, startServer, type Memory } from "./load-target";

const repoRoot = join(__dirname, "../..");

interface Endpoint {
  path: string;
  /** What a correct answer carries, checked once before the load starts. */
  contentType: string;
}

interface Row {
  endpoint: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  statuses: string;
  rssAfter: string;
}

function readPositiveNumbers(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  const numbers = value.split(",").map((part) => Number(part.trim()));
  if (numbers.some((number) => !Number.isInteger(number) || number < 1)) {
    throw new Error(`Expected positive whole numbers, got "${value}".`);
  }
  return numbers;
}

function listEndpoints(): Endpoint[] {
  const endpoints = [{ path: "/api/assess", contentType: "application/json" }];
  if (existsSync(join(repoRoot, "app/api/report/route.ts"))) {
    endpoints.push({ path: "/api/report", contentType: "application/pdf" });
  }
  return endpoints;
}

/**
 * One request outside the measured runs: before the load (the endpoint must answer correctly;
 * its first time is shown) and after each run (it queues behind what is still running).
 */
async function warmUp(base: URL, endpoint: Endpoint, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(new URL(endpoint.path, base), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.startsWith(endpoint.contentType)) {
    throw new Error(`${endpoint.path} answered ${response.status} ${type} before the load started.`);
  }
  return performance.now() - started;
}

const formatMemory = (memory: Memory | null) =>
  memory ? `${memory.rssMiB.toFixed(0)} MiB (peak ${memory.peakMiB.toFixed(0)} MiB)` : "unknown";

function formatTable(rows: Row[]): string {
  const head = [
    "Endpoint",
    "Conn.",
    "Requests/s",
    "p50 ms",
    "p99 ms",
    "Requests",
    "Errors",
    "Statuses",
    "RSS after",
  ];
  const cells = rows.map((row) => [
    `POST ${row.endpoint}`,
    String(row.connections),
    row.requestsPerSecond.toFixed(1),
    String(row.p50),
    String(row.p99),
    String(row.requests),
    String(row.errors),
    row.statuses,
    row.rssAfter,
  ]);
  const widths = head.map((title, index) =>
    Math.max(title.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, index) => value.padEnd(widths[index] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...cells.map(line)].join(
    "\n",
  );
}

async function measure(base: URL, pid: number | null): Promise<Row[]> {
  const duration = readPositiveNumbers(process.env.DURATION, [10])[0] ?? 10;
  const connectionCounts = readPositiveNumbers(process.env.CONNECTIONS, [1, 4, 16]);
  const body = readFileSync(join(repoRoot, "examples/faxe.json"), "utf8");
  const memory = () => (pid ? readMemory(pid) : null);

  console.log(
    `Server ${base.origin}, process ${pid ?? "unknown"}; ${duration} s per run; body examples/faxe.json`,
  );
  console.log(`RSS before: ${formatMemory(memory())}`);
  const rows: Row[] = [];
  for (const endpoint of listEndpoints()) {
    const first = await warmUp(base, endpoint, body);
    console.log(`First request to ${endpoint.path}: ${first.toFixed(0)} ms`);
    for (const connections of connectionCounts) {
      const result = await autocannon({
        url: new URL(endpoint.path, base).href,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        connections,
        duration,
        timeout: 30,
      });
      rows.push({
        endpoint: endpoint.path,
        connections,
        requestsPerSecond: result.requests.total / result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors + result.non2xx,
        statuses: Object.entries(result.statusCodeStats)
          .map(([status, { count }]) => `${status}×${count}`)
          .join(" "),
        rssAfter: formatMemory(memory()),
      });
      // Requests still running when the run ends would slow the next run: wait for them.
      await warmUp(base, endpoint, body);
    }
  }
  console.log(formatTable(rows));
  console.log(`RSS after: ${formatMemory(memory())}`);
  return rows;
}

async function main(): Promise<number> {
  const distDir = process.env.BENCH_DIST_DIR;
  const started = distDir ? await startServer(repoRoot, distDir) : null;
  try {
    const base = started?.url ?? readBaseUrl(process.env.BASE_URL);
    const pid = process.env.PID ? Number(process.env.PID) : findListeningPid(Number(base.port || 80));
    if (pid === null) console.warn("No process found listening on the port (set PID): memory is not shown.");
    const rows = await measure(base, pid);
    const errors = rows.reduce((sum, row) => sum + row.errors, 0);
    const silent = rows.filter((row) => row.requests === 0);
    if (errors > 0)
      console.error(`${errors} requests failed (errors or non-2xx answers): the API must answer every one.`);
    for (const row of silent) {
      console.error(
        `POST ${row.endpoint} at ${row.connections} connections: no answer within the run (raise DURATION).`,
      );
    }
    return errors > 0 || silent.length > 0 ? 1 : 0;
  } finally {
    await started?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
