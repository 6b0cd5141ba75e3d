#!/usr/bin/env node
/**
 * node scripts/run-parallel.mjs <npm script>[+<npm script>...]... [--nice <lane>...]
 *
 * Runs npm scripts at the same time, each with its output held back until it ends so that the
 * outputs do not interleave: a failed step prints all of its output, a passed one its last lines.
 * `a+b` is a lane: b starts when a has passed (the browser tests need the build), while the other
 * lanes go on. Lanes after `--nice` run at a lower CPU priority (nice 10, POSIX only): on a small
 * machine they take the time the lanes before them leave idle instead of slowing them down, so the
 * longest lane (the build and the browser tests) sets the total. Ends with each step's time and
 * exits 1 when any step failed. Used by `npm run check` and `npm test`.
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const niceFrom = args.includes("--nice") ? args.indexOf("--nice") : args.length;
const lanes = args
  .filter((arg) => arg !== "--nice")
  .map((lane, index) => ({ steps: lane.split("+"), nice: index >= niceFrom }));
if (lanes.length === 0) {
  console.error("usage: node scripts/run-parallel.mjs <npm script>... [--nice <npm script>...]");
  process.exit(2);
}

const windows = process.platform === "win32";
const npm = windows ? "npm.cmd" : "npm";
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(step, nice) {
  return new Promise((resolve) => {
    const begun = Date.now();
    const [command, commandArgs] =
      nice && !windows
        ? ["nice", ["-n", "10", npm, "run", "--silent", step]]
        : [npm, ["run", "--silent", step]];
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
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
    const result = await run(step, lane.nice);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const describeLane = (lane) => `${lane.steps.join(" then ")}${lane.nice ? " (niced)" : ""}`;
console.log(`Running in parallel: ${lanes.map(describeLane).join(", ")}`);
const results = (await Promise.all(lanes.map(runLane))).flat();
console.log(
  `\n${results.map((r) => `${r.ok ? "ok    " : "FAILED"}  ${r.step.padEnd(14)} ${r.time}`).join("\n")}`,
);
console.log(`all steps: ${seconds(started)}`);
if (results.some((result) => !result.ok)) process.exitCode = 1;
