import { describe, expect, it } from "vitest";
import { readServerSettings } from "./server-settings";

describe("readServerSettings", () => {
  it("uses one report thread fewer than the cores, at least one, and a queue of eight per thread", () => {
    expect(readServerSettings({}, 4)).toMatchObject({ reportWorkers: 3, reportQueue: 24, publisher: null });
    expect(readServerSettings({}, 1)).toMatchObject({ reportWorkers: 1, reportQueue: 8 });
    expect(readServerSettings({}, 2).bodyLimitBytes).toBe(512 * 1024);
  });

  it("takes what the operator sets, and falls back to the default for a value out of range", () => {
    const env = {
      REPORT_WORKERS: "2",
      REPORT_QUEUE: "0",
      REPORT_TIMEOUT_MS: "5000",
      BODY_LIMIT_KB: "64",
      PUBLISHER_NAME: "  Ørestad Kommune\u0000 ",
      PUBLISHER_CONTACT: "it@oerestad.example",
    };
    expect(readServerSettings(env, 8)).toEqual({
      reportWorkers: 2,
      reportQueue: 0,
      reportTimeoutMs: 5000,
      reportWorkerMemoryMb: 256,
      bodyLimitBytes: 64 * 1024,
      publisher: { name: "Ørestad Kommune", contact: "it@oerestad.example" },
    });
    expect(
      readServerSettings({ REPORT_WORKERS: "zero", REPORT_QUEUE: "-1", BODY_LIMIT_KB: "1.5" }, 3),
    ).toMatchObject({
      reportWorkers: 2,
      reportQueue: 16,
      bodyLimitBytes: 512 * 1024,
    });
  });
});
