/**
 * The PDF report's latency, measured by scripts/bench-pdf.ts (the PDF's own benchmark) against
 * the server this benchmark started, whose address it takes from BASE_URL. The p50 and p95 are
 * read from its output ("Latency p50 (200 sequential)  12 ms").
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const repoRoot = join(__dirname, "../..");
export const pdfBenchScript = "scripts/bench-pdf.ts";

export type PdfBenchResult =
  | { status: "measured"; p50Ms: number; p95Ms: number; output: string }
  | { status: "n/a"; reason: string; output: string };

/**
 * Reads the p50 and p95 from a benchmark's output: on the first line that names each, the last
 * number followed by "ms" ("Latency p50 (200 sequential)  12 ms" -> 12).
 */
export function readPercentiles(output: string): { p50Ms: number; p95Ms: number } | null {
  const read = (name: string) => {
    const line = output.split("\n").find((candidate) => new RegExp(`\\b${name}\\b`, "i").test(candidate));
    const value = line ? [...line.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*ms\b/g)].at(-1)?.[1] : undefined;
    return value === undefined ? null : Number(value);
  };
  const p50Ms = read("p50");
  const p95Ms = read("p95");
  return p50Ms === null || p95Ms === null ? null : { p50Ms, p95Ms };
}

export async function runPdfBench(baseUrl: string): Promise<PdfBenchResult> {
  if (!existsSync(join(repoRoot, pdfBenchScript))) {
    return { status: "n/a", reason: `${pdfBenchScript} does not exist yet`, output: "" };
  }
  const child = spawn(process.execPath, [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), pdfBenchScript], {
    cwd: repoRoot,
    env: { ...process.env, BASE_URL: baseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => {
    child.once("error", () => resolve(1));
    child.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) {
    const lastLine = output.trim().split("\n").at(-1) ?? "";
    return { status: "n/a", reason: `${pdfBenchScript} exited with code ${code}: ${lastLine}`, output };
  }
  const percentiles = readPercentiles(output);
  if (!percentiles) return { status: "n/a", reason: `no p50/p95 in the output of ${pdfBenchScript}`, output };
  return { status: "measured", ...percentiles, output };
}
