/**
 * npm run assess -- answers.json [--lang da|en] [--json] [--pdf out.pdf] [--business-case]
 * Scores an answers document and prints a readable summary (or the JSON result).
 */
import { runAssess } from "./cli/run-assess";

/**
 * Writes to stdout and waits until the text is handed on: to a pipe, stdout writes asynchronously,
 * and exiting sooner would cut the output at the pipe's buffer (64 KiB) for a slow reader.
 */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}

runAssess(process.argv.slice(2), {
  stdout: writeOut,
  stderr: (text) => process.stderr.write(text),
}).then(
  // exitCode, not exit(): exit() would cut off output still queued for a pipe (over 64 KB of JSON).
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
