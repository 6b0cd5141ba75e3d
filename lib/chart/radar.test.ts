import { describe, expect, it } from "vitest";
import { buildRadarGeometry, defaultRadarOptions, type ChartScore } from "./radar";

const scores: ChartScore[] = [
  { id: "data-technology", score: 100 },
  { id: "organisation", score: 50 },
  { id: "competences", score: 0 },
  { id: "legal", score: null },
  { id: "scaling", score: 75 },
];

describe("buildRadarGeometry", () => {
  const chart = buildRadarGeometry(scores);
  const { center, radius } = chart;
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x - center.x, p.y - center.y);

  it("draws one axis per prerequisite, the first pointing straight up", () => {
    expect(chart.axes.map((axis) => axis.id)).toEqual(scores.map((s) => s.id));
    expect(chart.axes[0]?.end).toEqual({ x: center.x, y: center.y - radius });
  });

  it("places the axes clockwise at equal angles", () => {
    const second = chart.axes[1];
    expect(second?.end.x).toBeGreaterThan(center.x);
    expect(second?.angle).toBeCloseTo((2 * Math.PI) / 5, 2);
  });

  it("puts each score at its share of the axis", () => {
    expect(distance(chart.axes[0]!.point)).toBeCloseTo(radius, 1);
    expect(distance(chart.axes[1]!.point)).toBeCloseTo(radius / 2, 1);
    expect(distance(chart.axes[4]!.point)).toBeCloseTo(radius * 0.75, 1);
  });

  it("draws a missing score at the centre but keeps it marked as missing", () => {
    expect(chart.axes[3]?.score).toBeNull();
    expect(chart.axes[3]?.point).toEqual(center);
  });

  it("draws a closed polygon through the five score points", () => {
    expect(chart.scorePath.startsWith("M ")).toBe(true);
    expect(chart.scorePath.endsWith(" Z")).toBe(true);
    expect(chart.scorePath.match(/[ML] /g)).toHaveLength(5);
  });

  it("draws a ring for each score level", () => {
    expect(chart.rings.map((ring) => ring.level)).toEqual([25, 50, 75, 100]);
  });

  it("keeps every label inside the drawing", () => {
    for (const axis of chart.axes) {
      expect(axis.label.x).toBeGreaterThanOrEqual(0);
      expect(axis.label.x).toBeLessThanOrEqual(defaultRadarOptions.width);
      expect(axis.label.y).toBeGreaterThanOrEqual(0);
      expect(axis.label.y).toBeLessThanOrEqual(defaultRadarOptions.height);
    }
  });

  it("anchors labels away from the chart: above at the top, left side ending at the axis", () => {
    expect(chart.axes[0]?.label).toMatchObject({ anchor: "middle", placement: "above" });
    expect(chart.axes[1]?.label.anchor).toBe("start");
    expect(chart.axes[4]?.label.anchor).toBe("end");
    expect(chart.axes[2]?.label.placement).toBe("below");
  });

  it("clamps scores outside 0-100", () => {
    const clamped = buildRadarGeometry([
      { id: "a", score: 140 },
      { id: "b", score: -10 },
      { id: "c", score: 50 },
    ]);
    expect(distance(clamped.axes[0]!.point)).toBeCloseTo(clamped.radius, 1);
    expect(clamped.axes[1]!.point).toEqual(clamped.center);
  });

  it("refuses fewer than three axes", () => {
    expect(() => buildRadarGeometry([{ id: "a", score: 1 }])).toThrow();
  });
});
