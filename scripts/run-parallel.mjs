#!/usr/bin/env node
/**
 * node scripts/run-parallel.mjs <npm script>[+<npm script>...]... [--background <lane>...]
 *
 * Runs npm scripts at the same time, each with its output held back until it ends so that the
 * outputs do not interleave: a failed step prints all of its output, a passed one its last lines.
 * `a+b` is a lane: b starts when a has passed (the browser tests need the build), while the other
 * lanes go on. Lanes after `--background` run at a lower CPU priority (nice 10): they use the time
 * the others leave, so the longest lane (the build and the browser tests) is not slowed by the
 * short ones. Ends with each step's time and exits 1 when any step failed. Used by `npm run check`
 * and `npm test`.
 */
import { spawn } from "node:child_process";
import { setPriority } from "node:os";

const args = process.argv.slice(2);
const split = args.indexOf("--background");
const foreground = split === -1 ? args : args.slice(0, split);
const background = split === -1 ? [] : args.slice(split + 1);
const lanes = [
  ...foreground.map((lane) => ({ steps: lane.split("+"), background: false })),
  ...background.map((lane) => ({ steps: lane.split("+"), background: true })),
];
if (lanes.length === 0) {
  console.error(
    "usage: node scripts/run-parallel.mjs <npm script>[+<npm script>]... [--background <lane>...]",
  );
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(step, inBackground) {
  return new Promise((resolve) => {
    const begun = Date.now();
    const child = spawn(npm, ["run", "--silent", step], { stdio: ["ignore", "pipe", "pipe"] });
    // Set before npm starts the step's own processes, which inherit it. Where the system refuses,
    // the step runs at the normal priority: slower overall, the same results.
    if (inBackground && child.pid !== undefined) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // ignored: see above
      }
    }
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const finish = (code) => {
      const ok = code === 0;
      const time = seconds(begun);
      const shown = ok ? output.trimEnd().split("\n").slice(-4).join("\n") : output.trimEnd();
      console.log(`\n── ${step}: ${ok ? "passed" : `FAILED (exit ${code})`} in ${time} ──`);
      if (shown) console.log(shown);
      resolve({ step, ok, time });
    };
    child.on("error", (error) => {
      output += String(error);
      finish(1);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a lane's steps one after the other; a failed step ends the lane. */
async function runLane(lane) {
  const results = [];
  for (const step of lane.steps) {
    const result = await run(step, lane.background);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const describeLane = (lane) => `${lane.steps.join(" then ")}${lane.background ? " (background)" : ""}`;
console.log(`Running in parallel: ${lanes.map(describeLane).join(", ")}`);
const results = (await Promise.all(lanes.map(runLane))).flat();
console.log(
  `\n${results.map((r) => `${r.ok ? "ok    " : "FAILED"}  ${r.step.padEnd(14)} ${r.time}`).join("\n")}`,
);
console.log(`all steps: ${seconds(started)}`);
if (results.some((result) => !result.ok)) process.exitCode = 1;
