/**
 * npm run bench:load — reports under load, against the standalone server `npm run build` makes
 * (.next/standalone/main.cjs, started here on 127.0.0.1 as the container starts it):
 *
 *  1. for 1, 2 and 4 report threads (REPORT_WORKERS): REPORTS reports of examples/faxe.json sent
 *     at once; reports/s, and the latency of POST /api/assess sent every 250 ms meanwhile;
 *  2. at the default settings: 64 report requests at once; how many were made and how many
 *     refused with 503, and the server's peak memory (the process, report threads included).
 *
 *   REPORTS   reports per run in 1 (default 8)     BENCH_PORT  port (default 3117)
 *   WORKERS   comma-separated thread counts (default 1,2,4)
 * Exits non-zero when an answer is neither 200 nor 503, or the peak memory in 2 reaches 600 MB.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const standalone = join(root, ".next", "standalone");
const port = Number(process.env.BENCH_PORT ?? 3117);
const origin = `http://127.0.0.1:${port}`;
const faxe = readFileSync(join(root, "examples", "faxe.json"), "utf8");
const MEMORY_LIMIT_MB = 600;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function start(env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["main.cjs"], {
    cwd: standalone,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`The server did not start on ${origin}`);
}

async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill();
  await exited;
}

const post = (path: string) =>
  fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: faxe,
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs `load` while probing /api/assess every 250 ms and sampling memory every 100 ms. */
async function measure(pid: number, load: () => Promise<number[]>) {
  let running = true;
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const probes: number[] = [];
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      await post("/api/assess");
      probes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const started = performance.now();
  const statuses = await load();
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await probing;
  clearInterval(sampler);
  return { statuses, seconds, probes, peak };
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

async function main(): Promise<number> {
  if (!existsSync(join(standalone, "main.cjs")))
    throw new Error("No standalone server: run `npm run build` first.");
  const reports = Number(process.env.REPORTS ?? 8);
  const workerCounts = (process.env.WORKERS ?? "1,2,4").split(",").map(Number);
  let failed = false;

  console.log(`Reports of examples/faxe.json, ${reports} at once, per number of report threads:`);
  const rows = [];
  for (const workers of workerCounts) {
    const server = await start({ REPORT_WORKERS: String(workers), REPORT_QUEUE: String(reports) });
    // Each thread's first report loads its code and fonts: warm every thread before measuring.
    await Promise.all(Array.from({ length: workers * 2 }, () => post("/api/report")));
    const { statuses, seconds, probes, peak } = await measure(server.pid ?? 0, () =>
      Promise.all(Array.from({ length: reports }, () => post("/api/report"))),
    );
    failed ||= statuses.some((status) => status !== 200);
    rows.push({
      workers,
      "reports/s": round(statuses.filter((s) => s === 200).length / seconds, 2),
      "assess p50 ms": round(percentile(probes, 50)),
      "assess max ms": round(Math.max(...probes)),
      "assess probes": probes.length,
      "peak RSS MB": round(peak),
    });
    await stop(server);
  }
  console.table(rows);

  console.log("64 report requests at once, default settings:");
  const server = await start({});
  const { statuses, seconds, probes, peak } = await measure(server.pid ?? 0, () =>
    Promise.all(Array.from({ length: 64 }, () => post("/api/report"))),
  );
  await stop(server);
  const made = statuses.filter((s) => s === 200).length;
  const refused = statuses.filter((s) => s === 503).length;
  failed ||= made + refused !== statuses.length || peak >= MEMORY_LIMIT_MB;
  console.table([
    {
      made,
      "refused (503)": refused,
      other: statuses.length - made - refused,
      seconds: round(seconds, 1),
      "assess p50 ms": round(percentile(probes, 50)),
      "assess max ms": round(Math.max(...probes)),
      "peak RSS MB": round(peak),
      "limit MB": MEMORY_LIMIT_MB,
    },
  ]);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
