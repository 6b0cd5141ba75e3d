/**
 * npm run bench:pdf — measures POST /api/report on a running production server.
 *
 * Builds nothing and starts nothing. Start a server first, bound to 127.0.0.1, e.g.
 *   NEXT_DIST_DIR=.next-pdf npx next build && NEXT_DIST_DIR=.next-pdf npx next start -H 127.0.0.1 -p 3103
 * then run  BASE_URL=http://127.0.0.1:3103 npm run bench:pdf
 *
 * BASE_URL (default http://127.0.0.1:3000) must be on 127.0.0.1. PID names the server process to
 * read memory and CPU from; without it the process listening on the port is found in /proc.
 * Prints: latency of a full report (p50, p95) over sequential requests, throughput with
 * concurrent clients, server CPU per report, and the server's resident memory after warm-up and
 * after all reports.
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { buildRealisticDocument } from "@/lib/report/report-test-documents";

const WARM_UP = 10;
const SEQUENTIAL = 200;
const CONCURRENT_CLIENTS = 4;
const CONCURRENT_REQUESTS = 100;
const TOTAL_REPORTS = 500;

const baseUrl = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
if (baseUrl.hostname !== "127.0.0.1") {
  process.stderr.write(`BASE_URL must be on 127.0.0.1, not ${baseUrl.hostname}\n`);
  process.exit(2);
}
const endpoint = new URL("/api/report", baseUrl);
const body = JSON.stringify(buildRealisticDocument("da"));

/** The pid of the process listening on a local TCP port, from /proc/net/tcp and each process's sockets. */
function findListeningPid(port: number): number | null {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT"; state 0A is LISTEN; field 9 is the socket inode.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (match?.[1] && inodes.has(match[1])) return Number(entry);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return null;
}

function readRssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** User + system CPU time of a process in milliseconds (clock ticks of 10 ms). */
function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

let reports = 0;
let retries = 0;
/** A connection the server has just closed can fail a request; it is retried, and counted. */
const MAX_TRIES = 3;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

async function post(): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body });
    } catch (error) {
      if (attempt >= MAX_TRIES) throw new Error(`Request failed ${MAX_TRIES} times: ${describeError(error)}`);
      retries += 1;
    }
  }
}

async function requestReport(): Promise<number> {
  const started = performance.now();
  const response = await post();
  const bytes = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (
    response.status !== 200 ||
    response.headers.get("content-type") !== "application/pdf" ||
    bytes.byteLength < 1000
  ) {
    throw new Error(
      `Expected a PDF, got ${response.status} ${response.headers.get("content-type")} (${bytes.byteLength} bytes)`,
    );
  }
  reports += 1;
  return elapsed;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const format = (value: number | null, unit: string, digits = 0) =>
  value === null ? "n/a" : `${value.toFixed(digits)} ${unit}`;

async function main(): Promise<void> {
  const pid = process.env.PID ? Number(process.env.PID) : findListeningPid(Number(baseUrl.port || 80));
  process.stderr.write(
    `Benchmarking ${endpoint.href}${pid ? ` (server pid ${pid})` : " (server pid not found)"}\n`,
  );

  for (let i = 0; i < WARM_UP; i++) await requestReport();
  const rssAfterWarmUp = pid ? readRssMb(pid) : null;

  const cpuBefore = pid ? readCpuMs(pid) : null;
  const latencies: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) latencies.push(await requestReport());
  const cpuAfter = pid ? readCpuMs(pid) : null;
  latencies.sort((a, b) => a - b);

  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < CONCURRENT_REQUESTS) {
      next += 1;
      await requestReport();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_CLIENTS }, client));
  const throughput = CONCURRENT_REQUESTS / ((performance.now() - started) / 1000);

  while (reports < TOTAL_REPORTS) await requestReport();
  const rssAtEnd = pid ? readRssMb(pid) : null;
  const cpuPerReport = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / SEQUENTIAL : null;

  const rows: [string, string][] = [
    ["Report", `${(body.length / 1024).toFixed(1)} kB answers document (Danish, realistic)`],
    [`Latency p50 (${SEQUENTIAL} sequential)`, format(percentile(latencies, 50), "ms")],
    [`Latency p95 (${SEQUENTIAL} sequential)`, format(percentile(latencies, 95), "ms")],
    [
      "Latency min / max",
      `${format(latencies[0] ?? null, "ms")} / ${format(latencies[latencies.length - 1] ?? null, "ms")}`,
    ],
    ["Server CPU per report", format(cpuPerReport, "ms")],
    [`Throughput (${CONCURRENT_CLIENTS} clients)`, format(throughput, "reports/s", 2)],
    [`Server RSS after ${WARM_UP} warm-up reports`, format(rssAfterWarmUp, "MB", 1)],
    [`Server RSS after ${reports} reports`, format(rssAtEnd, "MB", 1)],
    ["Requests retried after a network error", String(retries)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
