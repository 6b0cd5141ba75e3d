import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { readServerSettings, type ServerSettings } from "@/lib/api/server-settings";
import type { ReportTask } from "@/components/pdf/report-worker";

export const settings: ServerSettings = readServerSettings(process.env, availableParallelism());

/** Where `npm run build` puts the report thread's bundle and fonts (scripts/build/build-report-worker.ts). */
const BUILT_FOLDER = path.join(process.cwd(), "build", "report-worker");

export type ReportOutcome =
  { ok: true; pdf: Uint8Array<ArrayBuffer> } | { ok: false; reason: "busy" | "timeout" | "gone" | "failed" };

interface Pool {
  piscina: Piscina<ReportTask, Uint8Array<ArrayBuffer>>;
}

/**
 * The worker thread's code: in the production server, the bundle its build made; in development
 * and unit tests, the TypeScript source, loaded through tsx. Unit tests never load a bundle: one
 * left by an earlier build may be stale (it answered a Word request with a PDF), and `npm test`
 * rewrites it while the unit tests run.
 */
function workerOptions(): { filename: string; env: Record<string, string | undefined> } {
  const bundle = path.join(BUILT_FOLDER, "report-worker.mjs");
  if (process.env.NODE_ENV === "production" && existsSync(bundle)) {
    return {
      filename: bundle,
      env: { ...process.env, REPORT_FONT_FOLDER: path.join(BUILT_FOLDER, "fonts") },
    };
  }
  return {
    filename: path.join(process.cwd(), "components", "pdf", "report-worker-source.mjs"),
    env: { ...process.env },
  };
}

function createPool(): Pool {
  const piscina = new Piscina<ReportTask, Uint8Array<ArrayBuffer>>({
    ...workerOptions(),
    minThreads: settings.reportWorkers,
    maxThreads: settings.reportWorkers,
    idleTimeout: Infinity,
    resourceLimits: { maxOldGenerationSizeMb: settings.reportWorkerMemoryMb },
  });
  // A thread that dies (out of memory, a crash in the renderer) fails its own report; the pool
  // starts another. Without a listener the error would end the server.
  piscina.on("error", () => undefined);
  return { piscina };
}

// One pool per process, also when a development server reloads this module.
const globalPool = globalThis as typeof globalThis & { __reportPool?: Pool };

function pool(): Pool {
  globalPool.__reportPool ??= createPool();
  return globalPool.__reportPool;
}

let running = 0;
/** Reports waiting for a thread, first come first served (see runReport). */
const waiting: Array<() => void> = [];

/** Reports being rendered now and reports waiting for a thread, for the health check. */
export function reportQueueStatus() {
  return {
    workers: settings.reportWorkers,
    queueLimit: settings.reportQueue,
    running,
    queued: waiting.length,
  };
}

/** Waits for a free thread; false when the signal ends the wait first. */
function acquireThread(signal: AbortSignal): Promise<boolean> {
  if (running < settings.reportWorkers && waiting.length === 0) {
    running++;
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const start = () => {
      signal.removeEventListener("abort", giveUp);
      running++;
      resolve(true);
    };
    const giveUp = () => {
      const index = waiting.indexOf(start);
      if (index !== -1) waiting.splice(index, 1);
      resolve(false);
    };
    waiting.push(start);
    signal.addEventListener("abort", giveUp, { once: true });
  });
}

function releaseThread(): void {
  running--;
  waiting.shift()?.();
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * Renders on the thread this report holds. A thread's heap grows over hundreds of reports, and the
 * heaviest valid document can then meet the thread's memory limit (seen after 310 reports in
 * bench:pdf); the pool has started a fresh thread, and the report is tried once more there.
 */
async function render(task: ReportTask, signal: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const { piscina } = pool();
  try {
    return await piscina.run(task, { signal });
  } catch (error) {
    if (!isOutOfMemory(error) || signal.aborted) throw error;
    return await piscina.run(task, { signal });
  }
}

/**
 * Renders a report on a worker thread. Refused at once when the queue is full; abandoned (and its
 * thread freed) when the client goes away or the time limit passes.
 *
 * The queue is ours, not the pool's: a report is handed to the pool only when a thread is free.
 * The pool's own queue of abortable tasks served them out of order under a steady stream (with
 * one thread and four clients, one report in about a hundred waited the full time limit and got
 * 503 while later ones were served).
 */
export async function runReport(task: ReportTask, clientSignal: AbortSignal): Promise<ReportOutcome> {
  // Refused before it costs anything: every thread busy and the queue full.
  if (running + waiting.length >= settings.reportWorkers + settings.reportQueue) {
    return { ok: false, reason: "busy" };
  }
  const timeout = AbortSignal.timeout(settings.reportTimeoutMs);
  const signal = AbortSignal.any([clientSignal, timeout]);
  if (!(await acquireThread(signal))) return { ok: false, reason: clientSignal.aborted ? "gone" : "timeout" };
  try {
    return { ok: true, pdf: await render(task, signal) };
  } catch {
    if (clientSignal.aborted) return { ok: false, reason: "gone" };
    if (timeout.aborted) return { ok: false, reason: "timeout" };
    return { ok: false, reason: "failed" };
  } finally {
    releaseThread();
  }
}
