import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { readServerSettings, type ServerSettings } from "@/lib/api/server-settings";
import type { ReportTask } from "@/components/pdf/report-worker";
import { createReportQueue, type ReportOutcome as QueuedOutcome } from "./report-queue";

export const settings: ServerSettings = readServerSettings(process.env, availableParallelism());

/** Where `npm run build` puts the report thread's bundle and fonts (scripts/build/build-report-worker.ts). */
const BUILT_FOLDER = path.join(process.cwd(), "build", "report-worker");

export type ReportOutcome = QueuedOutcome<Uint8Array<ArrayBuffer>>;

interface Pool {
  piscina: Piscina<ReportTask, Uint8Array<ArrayBuffer>>;
  queue: ReturnType<typeof createReportQueue<ReportTask, Uint8Array<ArrayBuffer>>>;
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
  const queue = createReportQueue((task: ReportTask, signal) => piscina.run(task, { signal }), {
    workers: settings.reportWorkers,
    queue: settings.reportQueue,
    timeoutMs: settings.reportTimeoutMs,
  });
  return { piscina, queue };
}

// One pool per process, also when a development server reloads this module.
const globalPool = globalThis as typeof globalThis & { __reportPool?: Pool };

function pool(): Pool {
  globalPool.__reportPool ??= createPool();
  return globalPool.__reportPool;
}

/** Reports being rendered now and reports waiting for a thread, for the health check. */
export function reportQueueStatus() {
  return (
    globalPool.__reportPool?.queue.status() ?? {
      workers: settings.reportWorkers,
      queueLimit: settings.reportQueue,
      running: 0,
      queued: 0,
    }
  );
}

/**
 * Renders a report on a worker thread, in turn (report-queue.ts): refused at once when the queue
 * is full, abandoned (and its thread freed) when the client goes away or the time limit passes.
 */
export function runReport(task: ReportTask, clientSignal: AbortSignal): Promise<ReportOutcome> {
  return pool().queue.run(task, clientSignal);
}
