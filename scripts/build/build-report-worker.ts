/**
 * Bundles the report thread (components/pdf/report-worker.tsx) with everything it imports into
 * one ES module, build/report-worker/report-worker.mjs, and copies the report's fonts beside it.
 * The server's pool of worker threads loads that file (app/api/report/report-pool.ts); next.config.js
 * copies the folder into the standalone server, so the container needs no node_modules for reports.
 */
import { build, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { DKFDS_FONT_FOLDER, FONT_FACE_FILES } from "../../components/pdf/font-files";

export const REPORT_WORKER_FOLDER = path.join("build", "report-worker");

/**
 * pdfkit loads the metrics of the 14 standard PDF fonts through its package's own import map
 * (require("#standard-fonts/…")), which means nothing once bundled: point each at its file.
 */
const standardFonts: Plugin = {
  name: "pdfkit-standard-fonts",
  setup(context) {
    context.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(
        /require\$1\('#standard-fonts\/(\w+)'\)/g,
        (_, name: string) => `require("./standard-fonts/${name}.cjs")`,
      ),
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

export async function buildReportWorker(root: string): Promise<string> {
  const out = path.join(root, REPORT_WORKER_FOLDER);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, "fonts"), { recursive: true });
  await build({
    entryPoints: [path.join(root, "components", "pdf", "report-worker.tsx")],
    outfile: path.join(out, "report-worker.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    minify: true,
    legalComments: "linked",
    define: { "process.env.NODE_ENV": '"production"' },
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [standardFonts],
    logLevel: "warning",
  });
  for (const { file } of FONT_FACE_FILES) {
    copyFileSync(path.join(root, DKFDS_FONT_FOLDER, file), path.join(out, "fonts", file));
  }
  return out;
}
