/**
 * npm run bench:pdf — measures POST /api/report on a running production server.
 *
 * Builds nothing and starts nothing. Start a server first, bound to 127.0.0.1, e.g.
 *   NEXT_DIST_DIR=.next-pdf npx next build && NEXT_DIST_DIR=.next-pdf npx next start -H 127.0.0.1 -p 3103
 * then run  BASE_URL=http://127.0.0.1:3103 npm run bench:pdf
 *
 * BASE_URL (default http://127.0.0.1:3000) must be on 127.0.0.1. PID names the server process to
 * read memory and CPU from; without it the process listening on the port is found in /proc.
 * Prints: latency of a full report (p50, p95) over sequential requests for every example in
 * Danish and English, of the first report (from a fresh report thread if the server has just
 * started) and of examples whose own texts differ in every request, throughput with concurrent
 * clients, server CPU per report, the latency of the heaviest valid document and of the Word
 * report, the server's resident memory after warm-up and after all reports, and the load average
 * (timings mean little on a busy machine).
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { buildWorstValidDocument } from "@/lib/report/report-test-documents";

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
/** Every example (examples/*.json), in Danish and English in turns. */
const exampleBodies = readdirSync("examples")
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => {
    const text = readFileSync(path.join("examples", name), "utf8");
    return [
      { body: text, query: "?lang=da" },
      { body: text, query: "?lang=en" },
    ];
  });
/** The heaviest document the schema accepts (every field at its longest, most line breaks). */
const worstDocument = buildWorstValidDocument("da");
const worstBody = { body: JSON.stringify(worstDocument), query: "?lang=da" };
/**
 * The heaviest document as a user would write it: every note its own text (same length), so that
 * no note is shaped from the report fonts' memory of another note, in this report or the last.
 */
function distinctWorstBody(request: number) {
  const answers = Object.fromEntries(
    Object.entries(worstDocument.answers).map(([id, answer], index) => {
      const mark = `${request}.${index} `;
      return [id, answer.note ? { ...answer, note: mark + answer.note.slice(mark.length) } : answer];
    }),
  );
  return { body: JSON.stringify({ ...worstDocument, answers }), query: "?lang=da" };
}
/**
 * An example as another project would write it: its title, organisation, description and every
 * note its own text in each request, so that none of them is laid out from the memory the report
 * threads keep of texts they laid out before (only the texts every report shares can be).
 */
function distinctExampleBody(request: number) {
  const example = exampleBodies[request % exampleBodies.length]!;
  const doc = JSON.parse(example.body) as typeof worstDocument;
  const mark = (text: string, part: number) => `${text} (${request}.${part})`;
  const answers = Object.fromEntries(
    Object.entries(doc.answers).map(([id, answer], index) => [
      id,
      answer.note ? { ...answer, note: mark(answer.note, index) } : answer,
    ]),
  );
  const { title, organisation, description } = doc.project;
  const project = {
    ...doc.project,
    title: mark(title, 0),
    organisation: mark(organisation, 1),
    ...(description ? { description: mark(description, 2) } : {}),
  };
  return { body: JSON.stringify({ ...doc, project, answers }), query: example.query };
}
const DISTINCT_EXAMPLES = 48;
const WORST_REPORTS = 10;
const WORD_REPORTS = 24;
let turn = 0;
const nextExample = () => exampleBodies[turn++ % exampleBodies.length] ?? worstBody;

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

async function post(body: string, query: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(new URL(query, endpoint), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    } catch (error) {
      if (attempt >= MAX_TRIES) throw new Error(`Request failed ${MAX_TRIES} times: ${describeError(error)}`);
      retries += 1;
    }
  }
}

async function requestReport(request = nextExample()): Promise<number> {
  const started = performance.now();
  const response = await post(request.body, request.query);
  const bytes = await response.arrayBuffer();
  const elapsed = performance.now() - started;
  const expected = request.query.includes("format=docx")
    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    : "application/pdf";
  if (
    response.status !== 200 ||
    response.headers.get("content-type") !== expected ||
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

  const firstReport = await requestReport();
  for (let i = 1; i < WARM_UP; i++) await requestReport();
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

  const distinct: number[] = [];
  for (let i = 0; i < DISTINCT_EXAMPLES; i++) distinct.push(await requestReport(distinctExampleBody(i)));
  distinct.sort((a, b) => a - b);
  const worst: number[] = [];
  for (let i = 0; i < WORST_REPORTS; i++) worst.push(await requestReport(worstBody));
  worst.sort((a, b) => a - b);
  const worstDistinct: number[] = [];
  for (let i = 0; i < WORST_REPORTS; i++) worstDistinct.push(await requestReport(distinctWorstBody(i)));
  worstDistinct.sort((a, b) => a - b);
  const word: number[] = [];
  for (let i = 0; i < WORD_REPORTS; i++) {
    const example = nextExample();
    word.push(await requestReport({ ...example, query: `${example.query}&format=docx` }));
  }
  word.sort((a, b) => a - b);

  while (reports < TOTAL_REPORTS) await requestReport();
  const rssAtEnd = pid ? readRssMb(pid) : null;
  const cpuPerReport = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / SEQUENTIAL : null;

  const rows: [string, string][] = [
    ["Reports", `the ${exampleBodies.length / 2} examples, Danish and English in turns`],
    [`Latency p50 (${SEQUENTIAL} sequential)`, format(percentile(latencies, 50), "ms")],
    [`Latency p95 (${SEQUENTIAL} sequential)`, format(percentile(latencies, 95), "ms")],
    [
      "Latency min / max",
      `${format(latencies[0] ?? null, "ms")} / ${format(latencies[latencies.length - 1] ?? null, "ms")}`,
    ],
    ["Server CPU per report", format(cpuPerReport, "ms")],
    ["First report (a fresh report thread if the server has just started)", format(firstReport, "ms")],
    [
      `Examples, every title, description and note its own text (${DISTINCT_EXAMPLES} sequential) p50 / p95`,
      `${format(percentile(distinct, 50), "ms")} / ${format(percentile(distinct, 95), "ms")}`,
    ],
    [
      `Worst valid document, ${(worstBody.body.length / 1024).toFixed(0)} kB (${WORST_REPORTS} sequential) median / max`,
      `${format(percentile(worst, 50), "ms")} / ${format(worst[worst.length - 1] ?? null, "ms")}`,
    ],
    [
      `Worst valid document, every note its own text (${WORST_REPORTS} sequential) median / max`,
      `${format(percentile(worstDistinct, 50), "ms")} / ${format(worstDistinct[worstDistinct.length - 1] ?? null, "ms")}`,
    ],
    [
      `Word report (${WORD_REPORTS} sequential) median / max`,
      `${format(percentile(word, 50), "ms")} / ${format(word[word.length - 1] ?? null, "ms")}`,
    ],
    [
      "Load average (1, 5, 15 min) at the end",
      loadavg()
        .map((value) => value.toFixed(2))
        .join(", "),
    ],
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
