/**
 * Builds and runs a Next app for measuring: a production build in its own output folder (never
 * the default .next, which others use while they work) and `next start` on 127.0.0.1 on a free
 * port. Telemetry stays off in every build and server started here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

interface NextProject {
  /** The app's folder. */
  dir: string;
  /** The `next` package to run (the app's own, or the repo's for the bare page). */
  nextBin: string;
  /** Output folder relative to dir (passed as NEXT_DIST_DIR), or undefined for Next's default. */
  distDir?: string;
}

function nextEnv(project: NextProject): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(project.distDir ? { NEXT_DIST_DIR: project.distDir } : {}),
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * `next build` rewrites tsconfig.json and next-env.d.ts to point at its output folder. A build for
 * measuring must leave the checkout as it found it, so both files are put back afterwards.
 */
function keepFilesUnchanged<T>(paths: string[], run: () => Promise<T>): Promise<T> {
  const saved = paths.map((path) => ({ path, text: existsSync(path) ? readFileSync(path, "utf8") : null }));
  return run().finally(() => {
    for (const { path, text } of saved) {
      if (text !== null && (!existsSync(path) || readFileSync(path, "utf8") !== text))
        writeFileSync(path, text);
    }
  });
}

/** Runs `next build`; its output goes to the terminal only when it fails. */
export async function buildNext(project: NextProject): Promise<void> {
  await keepFilesUnchanged(
    [join(project.dir, "tsconfig.json"), join(project.dir, "next-env.d.ts")],
    async () => {
      const child = spawn(process.execPath, [project.nextBin, "build"], {
        cwd: project.dir,
        env: nextEnv(project),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await waitForExit(child);
      if (code !== 0) throw new Error(`next build failed in ${project.dir}:\n${output}`);
    },
  );
}

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".") || /\.(test|spec)\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** True when the build in distDir is missing or older than any file it is built from. */
export function isBuildStale(dir: string, distDir: string, inputs: string[]): boolean {
  const buildId = join(dir, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return inputs.some((input) => {
    const path = join(dir, input);
    return existsSync(path) && newestModification(path) > builtAt;
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited:\n${log()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${url} within 60 s:\n${log()}`);
}

/** Starts `next start` on 127.0.0.1 and a free port; resolves once it answers. */
export async function startNext(project: NextProject, readyPath = "/"): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  // In the caller's process group, so Ctrl-C stops it too; and stopped when the caller exits.
  const child = spawn(
    process.execPath,
    [project.nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: project.dir,
      env: nextEnv(project),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = waitForExit(child);
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilServing(`${url}${readyPath}`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
