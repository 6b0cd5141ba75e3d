import { expect, test, type APIRequestContext } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import path from "node:path";
import { buildWorstValidDocument } from "@/lib/report/report-test-documents";

/**
 * The standalone server started as the Dockerfile starts it (`node main.cjs` in the standalone
 * folder), on its own port, with one report thread and a queue of two so that a burst fills it.
 */
const port = Number(process.env.E2E_PORT ?? 3000) + 10;
const origin = `http://127.0.0.1:${port}`;
const standalone = path.join(process.cwd(), ".next", "standalone");
const marker = "ZQXMARKER-7f3a";
const faxe = JSON.parse(readFileSync("examples/faxe.json", "utf8")) as Record<string, unknown>;

/** The costliest document the limits allow (lib/report/report-test-documents.ts), marked in its title. */
function heaviestDocument() {
  const worst = buildWorstValidDocument("da");
  return { ...worst, project: { ...worst.project, title: `Tung rapport ${marker}` } };
}

let server: ChildProcess;
const logLines: string[] = [];

async function waitForHealth(request: APIRequestContext): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await request
      .get(`${origin}/api/health`)
      .then((response) => response.ok())
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The standalone server did not answer on ${origin}. Log:\n${logLines.join("\n")}`);
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async ({ request }) => {
  const taken = await request.get(`${origin}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is taken: stop what listens there, or set E2E_PORT.`);
  server = spawn(process.execPath, ["main.cjs"], {
    cwd: standalone,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      REPORT_WORKERS: "1",
      REPORT_QUEUE: "2",
      REPORT_TIMEOUT_MS: "180000",
      REQUEST_TIMEOUT_MS: "3000",
      PUBLISHER_NAME: "Ørestad Kommune, Digitalisering",
      PUBLISHER_CONTACT: "digitalisering@oerestad.example",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.stdout, server.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      logLines.push(...lines.filter((line) => line.trim() !== ""));
    });
  }
  await waitForHealth(request);
});

test.afterAll(() => {
  server?.kill();
});

test("answers the health check with its versions and report queue, and no answers", async ({ request }) => {
  const response = await request.get(`${origin}/api/health`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(await response.json()).toEqual({
    status: "ok",
    version: expect.any(String),
    modelVersion: expect.stringMatching(/^\d{4}\.\d+\.\d+$/),
    contentVersion: expect.stringMatching(/^\d{4}\.\d+\.\d+$/),
    reports: { workers: 1, queueLimit: 2, running: 0, queued: 0 },
  });
});

test("names the publisher the operator set in the footer and the accessibility statement", async ({
  request,
}) => {
  const front = await (await request.get(`${origin}/da`)).text();
  expect(front).toContain("AI-parathed stilles til rådighed af Ørestad Kommune, Digitalisering.");
  const statement = await (await request.get(`${origin}/en/accessibility`)).text();
  expect(statement).toContain("contact Ørestad Kommune, Digitalisering, which provides AI-parathed to you");
  expect(statement).toContain('href="mailto:digitalisering@oerestad.example"');
});

test("makes a report, and logs each request as one JSON line without any answer", async ({ request }) => {
  const doc = { ...faxe, project: { ...(faxe.project as object), description: `Beskrivelse ${marker}` } };
  const response = await request.post(`${origin}/api/report`, { data: doc });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const assess = await request.post(`${origin}/api/assess`, { data: doc });
  expect(assess.status()).toBe(200);

  await expect.poll(() => logLines.filter((line) => line.includes('"path":"/api/assess"')).length).toBe(1);
  expect(logLines.filter((line) => line.includes(marker))).toEqual([]);
  const requests = logLines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((e) => e.msg === "request");
  expect(requests).toContainEqual(
    expect.objectContaining({
      requestId: expect.any(String),
      method: "POST",
      path: "/api/report",
      status: 200,
      durationMs: expect.any(Number),
    }),
  );
});

test("keeps answering pages and /api/assess while reports render, and refuses reports beyond the queue with 503", async ({
  request,
}) => {
  const faxeText = JSON.stringify(faxe);
  const post = (url: string, data: string, headers: Record<string, string> = {}) =>
    request.post(`${origin}${url}`, { data, headers: { "content-type": "application/json", ...headers } });
  const idle = { page: Infinity, assess: Infinity };
  for (let round = 0; round < 3; round++) {
    idle.page = Math.min(idle.page, (await timed(() => request.get(`${origin}/da`))).ms);
    idle.assess = Math.min(idle.assess, (await timed(() => post("/api/assess", faxeText))).ms);
  }

  const heavy = JSON.stringify(heaviestDocument());
  let reportsDone = 0;
  const reports = [0, 1, 2].map(() =>
    post("/api/report", heavy).then((response) => {
      reportsDone++;
      return response.status();
    }),
  );
  await expect
    .poll(async () => (await (await request.get(`${origin}/api/health`)).json()).reports, { timeout: 60_000 })
    .toMatchObject({ running: 1, queued: 2 });

  // The queue holds two: a fourth report is refused at once, in the user's language.
  const refused = await post("/api/report", heavy, { "accept-language": "en" });
  expect(refused.status()).toBe(503);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()).error.message).toBe(
    "Many people are making reports right now. Try again in a moment.",
  );

  const page = await timed(() => request.get(`${origin}/da`));
  const assess = await timed(() => post("/api/assess", faxeText));
  expect(page.value.status()).toBe(200);
  expect(assess.value.status()).toBe(200);
  // Answered while the reports were still rendering, and about as fast as when idle.
  expect(reportsDone).toBe(0);
  expect(page.ms).toBeLessThan(Math.max(10 * idle.page, idle.page + 2_000));
  expect(assess.ms).toBeLessThan(Math.max(10 * idle.assess, idle.assess + 2_000));

  expect(await Promise.all(reports)).toEqual([200, 200, 200]);
});

test("answers TRACE, broken percent-encoding and unknown API addresses cleanly, with the security headers", async ({
  request,
}) => {
  const trace = await request.fetch(`${origin}/api/assess`, { method: "TRACE" });
  expect(trace.status()).toBe(405);
  // Sent as it is: a browser or Playwright would encode the stray "%".
  const broken = await new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: "/da/%" }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers });
    }).on("error", reject);
  });
  expect(broken.status).toBe(400);
  expect(broken.headers["content-security-policy"]).toContain("default-src 'none'");
  const unknown = await request.get(`${origin}/api/nope`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("api-not-found");
  for (const response of [trace, unknown]) {
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

test("cuts off a request whose body stalls, after the configured time", async () => {
  const started = performance.now();
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        "POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
      );
    });
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    socket.setTimeout(60_000, () => socket.destroy(new Error("no answer within 60 s")));
  });
  expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
  expect(performance.now() - started).toBeLessThan(30_000);
});
