import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, compileHint, listStartupChunks } from "./compile-hints";

let distDir = "";
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(distDir, path)), { recursive: true });
  writeFileSync(join(distDir, path), text);
}

/** A build as Next leaves it: root chunks, one route's entry chunks, and one chunk loaded on demand. */
function makeBuild() {
  distDir = mkdtempSync(join(tmpdir(), "compile-hints-"));
  write(
    "build-manifest.json",
    JSON.stringify({
      rootMainFiles: ["static/chunks/root.js"],
      polyfillFiles: ["static/chunks/polyfills.js"],
    }),
  );
  write(
    "server/app/[locale]/results/page_client-reference-manifest.js",
    'globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[locale]/results/page"] = {"entryJSFiles":{"[project]/app/layout":["static/chunks/layout.js"],"[project]/app/[locale]/results/page":["static/chunks/layout.js","static/chunks/results.js","static/chunks/results.css"]}};',
  );
  for (const name of ["root", "polyfills", "layout", "results", "on-demand"])
    write(`static/chunks/${name}.js`, `console.log("${name}");\n`);
}

const read = (chunk: string) => readFileSync(join(distDir, "static/chunks", chunk), "utf8");

describe("compile hints", () => {
  it("lists the root chunks and every route's entry scripts, each once, and nothing else", () => {
    makeBuild();
    expect(listStartupChunks(distDir)).toEqual([
      "static/chunks/layout.js",
      "static/chunks/results.js",
      "static/chunks/root.js",
    ]);
  });

  it("marks the start-up chunks at their very top and leaves the polyfills and on-demand chunks lazy", () => {
    makeBuild();
    expect(addCompileHints(distDir)).toEqual({ marked: 3, startupChunks: 3 });
    for (const chunk of ["root.js", "layout.js", "results.js"])
      expect(read(chunk).startsWith(compileHint)).toBe(true);
    expect(read("results.js")).toBe(`${compileHint}console.log("results");\n`);
    for (const chunk of ["polyfills.js", "on-demand.js"]) expect(read(chunk).startsWith("//#")).toBe(false);
  });

  it("marks nothing twice when run again over the same build", () => {
    makeBuild();
    addCompileHints(distDir);
    expect(addCompileHints(distDir)).toEqual({ marked: 0, startupChunks: 3 });
    expect(read("root.js")).toBe(`${compileHint}console.log("root");\n`);
  });
});
