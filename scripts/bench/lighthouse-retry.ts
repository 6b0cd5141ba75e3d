/** Repeating a Lighthouse run that Lighthouse itself could not complete. */

/**
 * A run Lighthouse itself could not complete (its `runtimeError`, e.g. NO_NAVSTART when recording
 * the trace went wrong); it asks for the run to be repeated.
 */
export class LighthouseRuntimeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "LighthouseRuntimeError";
  }
}

/**
 * Runs `run` again, up to `attempts` times in all, when Lighthouse could not complete it; any other
 * error, and the last attempt's, is thrown. `onRetry` hears of each repeat, so the bench can say so.
 */
export async function retryLighthouseRun<T>(
  run: () => Promise<T>,
  attempts: number,
  onRetry: (error: LighthouseRuntimeError, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt >= attempts) throw error;
      onRetry(error, attempt);
    }
  }
}
