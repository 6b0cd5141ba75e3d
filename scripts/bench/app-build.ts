/**
 * The app's production build for benchmarks: in its own output folder (BENCH_DIST_DIR, default
 * .next-bench), rebuilt only when a source file is newer than the build (or BENCH_REBUILD=1).
 */
import { join } from "node:path";
import { buildNext, isBuildStale, startNext, type RunningServer } from "./next-server";

export const repoRoot = join(__dirname, "../..");
export const benchDistDir = process.env.BENCH_DIST_DIR ?? ".next-bench";

/** What the build is made from; test files are skipped when comparing times. */
const buildInputs = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
];

const appProject = {
  dir: repoRoot,
  nextBin: join(repoRoot, "node_modules/next/dist/bin/next"),
  distDir: benchDistDir,
};

/** Builds the app when needed, as `npm run build` does; says which. */
export async function ensureAppBuild(): Promise<"built" | "up to date"> {
  if (process.env.BENCH_REBUILD !== "1" && !isBuildStale(repoRoot, benchDistDir, buildInputs))
    return "up to date";
  await buildNext(appProject);
  return "built";
}

export function startApp(): Promise<RunningServer> {
  return startNext(appProject, "/da");
}
