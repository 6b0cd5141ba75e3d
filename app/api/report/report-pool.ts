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
 * The worker thread's code: the bundle a production build made, else (development, unit tests)
 * the TypeScript source, loaded through tsx.
 */
function workerOptions(): { filename: string; env: Record<string, string | undefined> } {
  const bundle = path.join(BUILT_FOLDER, "report-worker.mjs");
  if (existsSync(bundle)) {
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
    maxQueue: settings.reportQueue,
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

let inFlight = 0;

/** Reports being rendered now and reports waiting for a thread, for the health check. */
export function reportQueueStatus() {
  const queued = globalPool.__reportPool?.piscina.queueSize ?? 0;
  return {
    workers: settings.reportWorkers,
    queueLimit: settings.reportQueue,
    running: Math.max(0, inFlight - queued),
    queued,
  };
}

/**
 * Renders a report on a worker thread. Refused at once when the queue is full; abandoned (and its
 * thread freed) when the client goes away or the time limit passes.
 */
export async function runReport(task: ReportTask, clientSignal: AbortSignal): Promise<ReportOutcome> {
  const { piscina } = pool();
  // Refused before it costs anything: every thread busy and the queue full.
  if (inFlight >= settings.reportWorkers + settings.reportQueue) return { ok: false, reason: "busy" };
  const timeout = AbortSignal.timeout(settings.reportTimeoutMs);
  const signal = AbortSignal.any([clientSignal, timeout]);
  inFlight++;
  try {
    return { ok: true, pdf: await piscina.run(task, { signal }) };
  } catch (error) {
    if (clientSignal.aborted) return { ok: false, reason: "gone" };
    if (timeout.aborted) return { ok: false, reason: "timeout" };
    if (error instanceof Error && /queue is at limit|No task queue available/i.test(error.message)) {
      return { ok: false, reason: "busy" };
    }
    return { ok: false, reason: "failed" };
  } finally {
    inFlight--;
  }
}
