#!/usr/bin/env node
/**
 * node scripts/run-parallel.mjs <npm script>[+<npm script>...]...
 *
 * Runs npm scripts at the same time, each with its output held back until it ends so that the
 * outputs do not interleave: a failed step prints all of its output, a passed one its last lines.
 * `a+b` is a lane: b starts when a has passed (the browser tests need the build), while the other
 * lanes go on. Ends with each step's time and exits 1 when any step failed. Used by `npm run check`
 * and `npm test`.
 */
import { spawn } from "node:child_process";

const lanes = process.argv.slice(2).map((lane) => lane.split("+"));
if (lanes.length === 0) {
  console.error("usage: node scripts/run-parallel.mjs <npm script>...");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(step) {
  return new Promise((resolve) => {
    const begun = Date.now();
    const child = spawn(npm, ["run", "--silent", step], { stdio: ["ignore", "pipe", "pipe"] });
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
  for (const step of lane) {
    const result = await run(step);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

console.log(`Running in parallel: ${lanes.map((lane) => lane.join(" then ")).join(", ")}`);
const results = (await Promise.all(lanes.map(runLane))).flat();
console.log(
  `\n${results.map((r) => `${r.ok ? "ok    " : "FAILED"}  ${r.step.padEnd(14)} ${r.time}`).join("\n")}`,
);
console.log(`all steps: ${seconds(started)}`);
if (results.some((result) => !result.ok)) process.exitCode = 1;
