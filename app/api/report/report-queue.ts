/** What a report came to: its file, or why there is none. */
export type ReportOutcome<R> =
  { ok: true; pdf: R } | { ok: false; reason: "busy" | "timeout" | "gone" | "failed" };

export interface ReportQueueLimits {
  /** Reports rendered at the same time (the pool's threads). */
  workers: number;
  /** Reports that may wait for a free thread; one more is refused at once. */
  queue: number;
  /** The longest one report may take, waiting included, in milliseconds. */
  timeoutMs: number;
}

/** Renders one task on a thread; rejects when the signal ends it or the thread fails. */
export type RunOnThread<T, R> = (task: T, signal: AbortSignal) => Promise<R>;

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * The report queue in front of the pool of report threads, first come first served: a report is
 * handed to the pool only when a thread is free. (The pool's own queue of abortable tasks served
 * them out of order under a steady stream: with one thread and four clients, one report in about a
 * hundred waited the full time limit and got 503 while later ones were served.)
 *
 * A report is refused at once when every thread is busy and the queue is full; it is abandoned,
 * and its place or thread freed, when its client goes away or the time limit passes. A thread's
 * heap grows over hundreds of reports, and the heaviest valid document can then meet the thread's
 * memory limit (seen after 310 reports in bench:pdf): the pool starts a fresh thread, and the
 * report is tried once more there.
 */
export function createReportQueue<T, R>(runOnThread: RunOnThread<T, R>, limits: ReportQueueLimits) {
  let running = 0;
  const waiting: Array<() => void> = [];

  /** Waits for a free thread; false when the signal ends the wait first. */
  function acquireThread(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (running < limits.workers && waiting.length === 0) {
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

  async function render(task: T, signal: AbortSignal): Promise<R> {
    try {
      return await runOnThread(task, signal);
    } catch (error) {
      if (!isOutOfMemory(error) || signal.aborted) throw error;
      return await runOnThread(task, signal);
    }
  }

  async function run(task: T, clientSignal: AbortSignal): Promise<ReportOutcome<R>> {
    // Refused before it costs anything: every thread busy and the queue full.
    if (running + waiting.length >= limits.workers + limits.queue) return { ok: false, reason: "busy" };
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const signal = AbortSignal.any([clientSignal, timeout]);
    if (!(await acquireThread(signal))) {
      return { ok: false, reason: clientSignal.aborted ? "gone" : "timeout" };
    }
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

  /** Reports being rendered now and reports waiting for a thread, for the health check. */
  function status() {
    return { workers: limits.workers, queueLimit: limits.queue, running, queued: waiting.length };
  }

  return { run, status };
}
