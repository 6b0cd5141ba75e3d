import { describe, expect, it } from "vitest";
import { readPercentiles } from "./pdf-report";

describe("readPercentiles", () => {
  it("reads the p50 and p95 from the PDF benchmark's printed rows", () => {
    const output = [
      "Report                               3.4 kB answers document (Danish, realistic)",
      "Latency p50 (200 sequential)         41 ms",
      "Latency p95 (200 sequential)         118 ms",
      "Latency min / max                    33 ms / 240 ms",
    ].join("\n");
    expect(readPercentiles(output)).toEqual({ p50Ms: 41, p95Ms: 118 });
  });

  it("keeps decimals", () => {
    expect(readPercentiles("p50: 9.5 ms\np95: 12.25 ms")).toEqual({ p50Ms: 9.5, p95Ms: 12.25 });
  });

  it("gives nothing when a percentile is missing, rather than a wrong figure", () => {
    expect(readPercentiles("Latency p50 (200 sequential)  41 ms")).toBeNull();
    expect(readPercentiles("Latency p50 (200 sequential)  n/a\nLatency p95  n/a")).toBeNull();
  });
});
