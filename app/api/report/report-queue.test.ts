import { describe, expect, it } from "vitest";
import { createReportQueue, type RunOnThread } from "./report-queue";

/** A stand-in for the pool of threads: each task waits until the test finishes it. */
function stubThreads() {
  const started: Array<{ task: string; finish: (value: string) => void; fail: (error: unknown) => void }> =
    [];
  const run: RunOnThread<string, string> = (task, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      started.push({ task, finish: resolve, fail: reject });
    });
  return { run, started };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function outOfMemory(): Error {
  return Object.assign(new Error("Worker terminated due to reaching memory limit"), {
    code: "ERR_WORKER_OUT_OF_MEMORY",
  });
}

describe("the report queue", () => {
  it("renders reports in the order they came, one per free thread, under a steady stream", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 60_000 });
    const client = new AbortController().signal;
    const done: string[] = [];
    const ask = (task: string) =>
      queue.run(task, client).then((outcome) => done.push(outcome.ok ? outcome.pdf : outcome.reason));
    const reports = ["a", "b", "c", "d"].map(ask);
    await tick();
    expect(queue.status()).toMatchObject({ running: 1, queued: 3 });
    /** Ends the report on the one thread, then lets the queue move on. */
    const finishCurrent = async () => {
      const current = threads.started.at(-1)!;
      current.finish(`${current.task}.pdf`);
      await tick();
    };
    // Each time a report ends, a new one arrives at the back; the waiting ones still go first.
    for (const next of ["e", "f"]) {
      await finishCurrent();
      reports.push(ask(next));
    }
    while (done.length < 6) await finishCurrent();
    await Promise.all(reports);
    expect(threads.started.map((s) => s.task)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(done).toEqual(["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf", "f.pdf"]);
    expect(queue.status()).toMatchObject({ running: 0, queued: 0 });
  });

  it("refuses a report at once when every thread is busy and the queue is full", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 1, timeoutMs: 60_000 });
    const client = new AbortController().signal;
    const first = queue.run("a", client);
    const second = queue.run("b", client);
    expect(await queue.run("c", client)).toEqual({ ok: false, reason: "busy" });
    await tick();
    threads.started[0]!.finish("a.pdf");
    await tick();
    threads.started[1]!.finish("b.pdf");
    expect(await Promise.all([first, second])).toEqual([
      { ok: true, pdf: "a.pdf" },
      { ok: true, pdf: "b.pdf" },
    ]);
  });

  it("takes a waiting report out of the queue when its client leaves, and never renders it", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 60_000 });
    const stays = new AbortController();
    const leaves = new AbortController();
    const first = queue.run("a", stays.signal);
    const gone = queue.run("b", leaves.signal);
    const last = queue.run("c", stays.signal);
    await tick();
    leaves.abort();
    expect(await gone).toEqual({ ok: false, reason: "gone" });
    expect(queue.status()).toMatchObject({ running: 1, queued: 1 });
    threads.started[0]!.finish("a.pdf");
    await tick();
    threads.started[1]!.finish("c.pdf");
    expect(await Promise.all([first, last])).toEqual([
      { ok: true, pdf: "a.pdf" },
      { ok: true, pdf: "c.pdf" },
    ]);
    expect(threads.started.map((s) => s.task)).toEqual(["a", "c"]);
  });

  it("stops a rendering report whose client leaves and gives its thread to the next", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 60_000 });
    const leaves = new AbortController();
    const gone = queue.run("a", leaves.signal);
    const next = queue.run("b", new AbortController().signal);
    await tick();
    leaves.abort();
    expect(await gone).toEqual({ ok: false, reason: "gone" });
    await tick();
    expect(threads.started.map((s) => s.task)).toEqual(["a", "b"]);
    threads.started[1]!.finish("b.pdf");
    expect(await next).toEqual({ ok: true, pdf: "b.pdf" });
  });

  it("gives up on a report that waits or renders beyond the time limit", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 50 });
    const client = new AbortController().signal;
    const [rendering, waiting] = [queue.run("a", client), queue.run("b", client)];
    expect(await Promise.all([rendering, waiting])).toEqual([
      { ok: false, reason: "timeout" },
      { ok: false, reason: "timeout" },
    ]);
    expect(queue.status()).toMatchObject({ running: 0, queued: 0 });
  });

  it("tries a report once more when its thread ran out of memory, and no more than once", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 60_000 });
    const client = new AbortController().signal;
    const retried = queue.run("heavy", client);
    await tick();
    threads.started[0]!.fail(outOfMemory());
    await tick();
    threads.started[1]!.finish("heavy.pdf");
    expect(await retried).toEqual({ ok: true, pdf: "heavy.pdf" });

    const failed = queue.run("heavier", client);
    await tick();
    threads.started[2]!.fail(outOfMemory());
    await tick();
    threads.started[3]!.fail(outOfMemory());
    expect(await failed).toEqual({ ok: false, reason: "failed" });
    expect(threads.started).toHaveLength(4);
  });

  it("does not try again after any other failure", async () => {
    const threads = stubThreads();
    const queue = createReportQueue(threads.run, { workers: 1, queue: 8, timeoutMs: 60_000 });
    const report = queue.run("broken", new AbortController().signal);
    await tick();
    threads.started[0]!.fail(new TypeError("renderer crashed"));
    expect(await report).toEqual({ ok: false, reason: "failed" });
    expect(threads.started).toHaveLength(1);
    expect(queue.status()).toMatchObject({ running: 0, queued: 0 });
  });
});
