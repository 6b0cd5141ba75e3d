/**
 * The server a load benchmark runs against: its address (only 127.0.0.1), the process that
 * listens there, and that process's memory. Optionally starts `next start` from a built dist dir.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export interface Memory {
  /** Resident set size now, in MiB. */
  rssMiB: number;
  /** The highest resident set size the process has had, in MiB. */
  peakMiB: number;
}

/** The base URL, refused unless it points at 127.0.0.1: a load test must never leave the machine. */
export function readBaseUrl(value: string | undefined): URL {
  const url = new URL(value ?? "http://127.0.0.1:3000");
  if (url.hostname !== "127.0.0.1" || url.protocol !== "http:") {
    throw new Error(`BASE_URL must be http://127.0.0.1:<port>, not ${url.origin}.`);
  }
  return url;
}

/** The id of the process listening on 127.0.0.1:<port>, as `ss -ltnp` names it. */
export function findListeningPid(port: number): number | null {
  let output: string;
  try {
    output = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  } catch {
    return null;
  }
  const line = output.split("\n").find((entry) => entry.includes(`127.0.0.1:${port} `));
  const pid = line?.match(/pid=(\d+)/)?.[1];
  return pid ? Number(pid) : null;
}

/** VmRSS and VmHWM from /proc/<pid>/status. */
export function readMemory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => {
    const value = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1];
    if (!value) throw new Error(`/proc/${pid}/status has no ${field}.`);
    return Number(value) / 1024;
  };
  return { rssMiB: kib("VmRSS"), peakMiB: kib("VmHWM") };
}

export interface StartedServer {
  url: URL;
  stop: () => Promise<void>;
}

/**
 * Runs `next start` on 127.0.0.1 and a free port from an existing production build in `distDir`
 * (e.g. ".next-bench" after `NEXT_DIST_DIR=.next-bench npm run build`). Builds nothing.
 */
export async function startServer(repoRoot: string, distDir: string): Promise<StartedServer> {
  if (!existsSync(join(repoRoot, distDir, "BUILD_ID"))) {
    throw new Error(
      `${distDir} holds no production build: run NEXT_DIST_DIR=${distDir} npm run build first.`,
    );
  }
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, "node_modules/next/dist/bin/next"),
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    },
  );
  const url = new URL(`http://127.0.0.1:${port}`);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}.`);
    const ready = await fetch(new URL("/api/schema", url)).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("next start did not answer within 60 s.");
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("No free port on 127.0.0.1."))));
    });
  });
}
