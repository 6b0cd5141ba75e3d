import { describe, expect, it } from "vitest";
import { LighthouseRuntimeError, retryLighthouseRun } from "./lighthouse-retry";

function runs(outcomes: (Error | number)[]) {
  let calls = 0;
  const run = () => {
    const outcome = outcomes[calls++];
    return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome ?? -1);
  };
  return { run, calls: () => calls };
}

describe("retryLighthouseRun", () => {
  it("runs again when Lighthouse could not record the page, and says so each time", async () => {
    const flaky = runs([new LighthouseRuntimeError("NO_NAVSTART", "no navstart"), 97]);
    const heard: string[] = [];
    await expect(
      retryLighthouseRun(flaky.run, 3, (error, attempt) => heard.push(`${attempt} ${error.code}`)),
    ).resolves.toBe(97);
    expect(flaky.calls()).toBe(2);
    expect(heard).toEqual(["1 NO_NAVSTART"]);
  });

  it("gives up after the last attempt with Lighthouse's own message", async () => {
    const broken = runs([1, 2, 3].map(() => new LighthouseRuntimeError("NO_FCP", "no paint")));
    await expect(retryLighthouseRun(broken.run, 3, () => undefined)).rejects.toThrow("no paint");
    expect(broken.calls()).toBe(3);
  });

  it("does not repeat a run that failed for another reason", async () => {
    const failing = runs([new Error("Chrome did not start"), 90]);
    await expect(retryLighthouseRun(failing.run, 3, () => undefined)).rejects.toThrow("Chrome did not start");
    expect(failing.calls()).toBe(1);
  });
});
