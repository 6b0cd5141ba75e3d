/**
 * npx tsx scripts/build/build-server.ts   (run by `npm run build` before `next build`)
 *
 * Bundles what the production server runs besides Next, each into one file under build/:
 *  - report-worker/report-worker.mjs and its fonts: the report thread (build-report-worker.ts);
 *  - server/front.cjs: the request log, refusals and timeouts `npm start` preloads (scripts/server/front.ts);
 *  - server/main.cjs: the container's entry, the front and then Next's standalone server.js.
 */
import { build } from "esbuild";
import path from "node:path";
import { buildReportWorker } from "./build-report-worker";

export async function buildServer(root: string): Promise<void> {
  await buildReportWorker(root);
  for (const name of ["front", "main"]) {
    await build({
      entryPoints: [path.join(root, "scripts", "server", `${name}.ts`)],
      outfile: path.join(root, "build", "server", `${name}.cjs`),
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      minify: true,
      legalComments: "linked",
      external: ["./server.js"],
      logLevel: "warning",
    });
  }
}

if (require.main === module) {
  buildServer(process.cwd()).then(
    () => console.log("Server front and report thread: build/"),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
