import { buildClosedPath, clampScore, round, type Point } from "./geometry";

export interface ChartScore {
  id: string;
  /** 0-100, or null when there are not enough answers. */
  score: number | null;
}

export interface RadarOptions {
  /** Width and height of the drawing (the SVG viewBox or the PDF Svg's size). */
  width: number;
  height: number;
  /** Room left around the web for the axis labels. */
  labelMargin: number;
  /** Distance from the end of an axis to its label. */
  labelOffset: number;
  /** Score levels drawn as rings, e.g. [25, 50, 75, 100]. */
  ringLevels: readonly number[];
}

export type TextAnchor = "start" | "middle" | "end";
/** Where the label sits relative to its point: above it, centred on it, or below it. */
export type VerticalPlacement = "above" | "middle" | "below";

export interface RadarAxis {
  id: string;
  score: number | null;
  /** Radians, clockwise from straight up. */
  angle: number;
  end: Point;
  /** Where the score lies on the axis (at the centre when the score is missing). */
  point: Point;
  label: Point & { anchor: TextAnchor; placement: VerticalPlacement };
}

export interface RadarRing {
  level: number;
  path: string;
}

export interface RadarGeometry {
  width: number;
  height: number;
  center: Point;
  radius: number;
  axes: RadarAxis[];
  rings: RadarRing[];
  /** The scores' polygon; missing scores are drawn at the centre. */
  scorePath: string;
}

export const defaultRadarOptions: RadarOptions = {
  width: 520,
  height: 420,
  labelMargin: 100,
  labelOffset: 14,
  ringLevels: [25, 50, 75, 100],
};

/**
 * Turns the five prerequisite scores (any number of axes from three up) into a radar chart's
 * geometry: the first axis points straight up and the rest follow clockwise. Pure numbers and
 * path strings, so the web page's inline SVG and the PDF's Svg draw the same chart.
 */
export function buildRadarGeometry(
  scores: readonly ChartScore[],
  options: RadarOptions = defaultRadarOptions,
): RadarGeometry {
  if (scores.length < 3) throw new Error("A radar chart needs at least three axes.");
  const center = { x: options.width / 2, y: options.height / 2 };
  const radius = Math.min(options.width, options.height) / 2 - options.labelMargin / 2;
  if (radius <= 0) throw new Error("The label margin leaves no room for the chart.");
  const angles = scores.map((_, index) => (2 * Math.PI * index) / scores.length);
  const at = (angle: number, distance: number): Point => ({
    x: round(center.x + distance * Math.sin(angle)),
    y: round(center.y - distance * Math.cos(angle)),
  });

  const axes = scores.map((entry, index): RadarAxis => {
    const angle = angles[index] ?? 0;
    return {
      id: entry.id,
      score: entry.score,
      angle: round(angle),
      end: at(angle, radius),
      point: at(angle, (radius * clampScore(entry.score)) / 100),
      label: { ...at(angle, radius + options.labelOffset), ...placeLabel(angle) },
    };
  });
  const rings = options.ringLevels.map((level) => ({
    level,
    path: buildClosedPath(angles.map((angle) => at(angle, (radius * level) / 100))),
  }));
  return {
    width: options.width,
    height: options.height,
    center,
    radius: round(radius),
    axes,
    rings,
    scorePath: buildClosedPath(axes.map((axis) => axis.point)),
  };
}

function placeLabel(angle: number): { anchor: TextAnchor; placement: VerticalPlacement } {
  const horizontal = Math.sin(angle);
  const vertical = -Math.cos(angle);
  const anchor: TextAnchor = horizontal > 0.2 ? "start" : horizontal < -0.2 ? "end" : "middle";
  const placement: VerticalPlacement = vertical < -0.5 ? "above" : vertical > 0.5 ? "below" : "middle";
  return { anchor, placement };
}
