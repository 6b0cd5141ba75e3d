/**
 * Run by `npm run build` after `next build` (scripts/build/after-next-build.ts).
 *
 * Marks the JavaScript every page runs at start for eager compilation. V8 (Chrome 136 and later,
 * Edge) compiles a function only when it is first called, on the main thread, unless the file
 * begins with the comment `//# allFunctionsCalledOnLoad`: then it compiles the whole file while
 * it downloads, on a background thread. Nearly every function in the start-up chunks (React,
 * Next's router, the pages' own components) runs while the page opens, so the main thread is
 * spared that work. On a Lighthouse phone run of the questionnaire this cut the blocking time
 * from about 1.3 s to 0.95 s (median of five runs each; docs/performance.md).
 *
 * Only the start-up chunks get the mark: the build manifest's root files and each route's entry
 * files. Chunks loaded on demand (the PDF library, for one) stay lazy, as most of their functions
 * never run. Other browsers read the mark as an ordinary comment. Marking a file twice is a no-op,
 * so the script may run again over the same build.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { listFiles } from "./list-files";

export const compileHint = "//# allFunctionsCalledOnLoad\n";

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

/** The manifests are scripts that fill globalThis.__RSC_MANIFEST; run each in an empty context. */
function readClientReferenceManifest(path: string): ClientReferenceManifest[] {
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  context.globalThis = context;
  runInNewContext(readFileSync(path, "utf8"), context, { filename: path });
  return Object.values(context.__RSC_MANIFEST ?? {});
}

/** The chunks (paths relative to the dist dir, e.g. "static/chunks/x.js") some page runs at start. */
export function listStartupChunks(distDir: string): string[] {
  const buildManifest = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const chunks = new Set(buildManifest.rootMainFiles ?? []);
  const isManifest = (name: string) => name === "page_client-reference-manifest.js";
  const manifests = listFiles(join(distDir, "server", "app"), isManifest);
  for (const path of manifests) {
    for (const manifest of readClientReferenceManifest(path)) {
      for (const files of Object.values(manifest.entryJSFiles ?? {}))
        files.forEach((file) => chunks.add(file));
    }
  }
  return [...chunks].filter((file) => file.endsWith(".js")).sort();
}

/** Puts the hint at the top of each start-up chunk that lacks it; returns how many were marked. */
export function addCompileHints(distDir: string): { marked: number; startupChunks: number } {
  const chunks = listStartupChunks(distDir);
  let marked = 0;
  for (const chunk of chunks) {
    const path = join(distDir, chunk);
    const code = readFileSync(path, "utf8");
    if (code.startsWith(compileHint)) continue;
    writeFileSync(path, compileHint + code);
    marked += 1;
  }
  return { marked, startupChunks: chunks.length };
}
