import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAssess } from "./cli/run-assess";

const root = join(__dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

/** The CLI run in this process, its output caught (paths relative to the repository). */
async function assess(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runAssess(
    args.map((arg) => (arg.startsWith("examples/") ? join(root, arg) : arg)),
    { stdout: async (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
  );
  return { code, stdout, stderr };
}

/** The CLI as `npm run assess` starts it: its own process, its exit code. */
function assessAsProcess(...args: string[]) {
  const run = spawnSync(tsx, [join(root, "scripts", "assess.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run assess", { timeout: 120_000 }, () => {
  it("names Faxe as the closest case for Faxe's example, with its reasons", async () => {
    const run = await assess("examples/faxe.json");
    expect(run.code).toBe(0);
    const matches = run.stdout.split("Projekter, der ligner jeres:")[1] ?? "";
    // The first case comes after the sentence on how many cases are close.
    expect(matches.trim().split("\n")[0]).toBe(
      "Kun én af katalogets cases ligner jeres projekt. De andre nedenfor ligner kun svagt.",
    );
    expect(matches.trim().split("\n")[1]?.trim()).toMatch(/^1\. Faxe Kommune: .*\(Lighed: 100\s%\)$/);
    expect(matches).toContain("Det, der ligner: Fagområde, Teknologi");
  });

  it("prints the summary in English with --lang en", async () => {
    const run = await assess("examples/faxe.json", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Overall readiness");
    expect(run.stdout).toContain("Projects like yours");
  });

  it("prints the full result as JSON with --json", async () => {
    const run = await assess("examples/atp.json", "--json");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { matches: { caseId: string }[]; modelVersion: string };
    expect(result.matches[0]?.caseId).toBe("atp");
    expect(result.modelVersion).toMatch(/\d/);
  });

  it("writes the whole JSON result to a pipe whose reader is slow", () => {
    // A shell pipe (Node's own child pipes are sockets with larger buffers) whose reader starts
    // only once the CLI has exited, or after 8 s if it waits for the reader: all of it must arrive.
    const done = join(mkdtempSync(join(tmpdir(), "assess-pipe-")), "done");
    const command = `{ "${tsx}" scripts/assess.ts examples/prenaital.json --json; touch "${done}"; } | { for i in $(seq 40); do [ -f "${done}" ] && break; sleep 0.2; done; cat; }`;
    const run = spawnSync("sh", ["-c", command], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 10 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(run.stdout) as { matches: { caseId: string }[] }).matches[0]?.caseId).toBe(
      "prenaital",
    );
  });

  it("says a missing file does not exist and exits non-zero, as a process", () => {
    const run = assessAsProcess("examples/no-such-file.json");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("filen findes ikke");
  });

  it("names the field that makes a file invalid and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assess-"));
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, language: "en", project: { title: "" }, answers: {} }),
    );
    const run = await assess(file, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is not a valid answers document");
    expect(run.stderr).toContain("project.title");
  });

  it("refuses a file that is not JSON with a message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "assess-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, "{ this is not json");
    const run = await assess(file, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.stderr.toLowerCase()).toContain("json");
  });

  it("explains bad arguments with the usage and exit code 2", async () => {
    const run = await assess("--lang", "fr");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage:");
  });
});
