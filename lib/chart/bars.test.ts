import { describe, expect, it } from "vitest";
import { buildBarGeometry, defaultBarOptions } from "./bars";

describe("buildBarGeometry", () => {
  const chart = buildBarGeometry([
    { id: "data-technology", score: 100 },
    { id: "organisation", score: 40 },
    { id: "legal", score: null },
  ]);
  const fullWidth = defaultBarOptions.width - defaultBarOptions.valueWidth;

  it("gives every score a row, top to bottom, without overlap", () => {
    expect(chart.rows.map((row) => row.id)).toEqual(["data-technology", "organisation", "legal"]);
    const [first, second] = chart.rows;
    expect(second!.label.y).toBeGreaterThan(first!.bar.y + first!.bar.height);
  });

  it("makes each bar its score's share of the full track", () => {
    expect(chart.rows[0]?.bar.width).toBe(fullWidth);
    expect(chart.rows[1]?.bar.width).toBeCloseTo(fullWidth * 0.4, 1);
    expect(chart.rows[1]?.track.width).toBe(fullWidth);
  });

  it("draws no bar for a missing score", () => {
    expect(chart.rows[2]?.score).toBeNull();
    expect(chart.rows[2]?.bar.width).toBe(0);
  });

  it("marks the scale from 0 to 100 under the bars and fits it in the drawing", () => {
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(chart.ticks.at(-1)?.x).toBe(fullWidth);
    for (const tick of chart.ticks) expect(tick.y).toBeLessThanOrEqual(chart.height);
  });
});
