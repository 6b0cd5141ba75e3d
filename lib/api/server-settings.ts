/**
 * What an operator sets by environment variable (README: "Running it as a service"). Parsed once
 * at start; a value that is not a number in range falls back to its default rather than stopping
 * the service, and the health check shows what is in force.
 */
export interface ServerSettings {
  /** Threads that render reports: REPORT_WORKERS, by default the machine's cores less one (at least one). */
  reportWorkers: number;
  /** Reports that may wait for a free thread before more are refused with 503: REPORT_QUEUE. */
  reportQueue: number;
  /** The longest one report may take, waiting included, in milliseconds: REPORT_TIMEOUT_MS. */
  reportTimeoutMs: number;
  /** The heap each report thread may use, in MB: REPORT_WORKER_MEMORY_MB. */
  reportWorkerMemoryMb: number;
  /** The largest request body, in bytes: BODY_LIMIT_KB (in kB). */
  bodyLimitBytes: number;
  /** Who runs this copy of the service, shown in the footer and the accessibility statement. */
  publisher: { name: string; contact: string } | null;
}

type Env = Record<string, string | undefined>;

function wholeNumber(value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

function text(value: string | undefined, max: number): string {
  return (value ?? "")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .trim()
    .slice(0, max);
}

export function readServerSettings(env: Env, cores: number): ServerSettings {
  const reportWorkers = wholeNumber(env.REPORT_WORKERS, Math.max(1, cores - 1), 1, 64);
  const name = text(env.PUBLISHER_NAME, 200);
  const contact = text(env.PUBLISHER_CONTACT, 200);
  return {
    reportWorkers,
    reportQueue: wholeNumber(env.REPORT_QUEUE, 8 * reportWorkers, 0, 10_000),
    reportTimeoutMs: wholeNumber(env.REPORT_TIMEOUT_MS, 60_000, 1_000, 600_000),
    reportWorkerMemoryMb: wholeNumber(env.REPORT_WORKER_MEMORY_MB, 256, 64, 16_384),
    bodyLimitBytes: wholeNumber(env.BODY_LIMIT_KB, 512, 16, 10_240) * 1024,
    publisher: name === "" ? null : { name, contact },
  };
}
