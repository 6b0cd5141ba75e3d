import { clampScore, round } from "./geometry";
import type { ChartScore } from "./radar";

export interface BarOptions {
  width: number;
  /** Height of the row's label line, drawn above its bar (fits narrow screens). */
  labelHeight: number;
  barHeight: number;
  /** Space between one bar and the next row's label. */
  rowGap: number;
  /** Room at the right of the full bar for the score text ("100"). */
  valueWidth: number;
  /** Scale marks below the bars, e.g. [0, 25, 50, 75, 100]. */
  ticks: readonly number[];
  tickHeight: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarRow {
  id: string;
  score: number | null;
  label: { x: number; y: number };
  /** The full 0-100 track behind the bar. */
  track: Rect;
  /** The score's bar; zero width when the score is missing. */
  bar: Rect;
  value: { x: number; y: number };
}

export interface BarGeometry {
  width: number;
  height: number;
  rows: BarRow[];
  ticks: { value: number; x: number; y: number }[];
}

export const defaultBarOptions: BarOptions = {
  width: 520,
  labelHeight: 22,
  barHeight: 20,
  rowGap: 14,
  valueWidth: 48,
  ticks: [0, 25, 50, 75, 100],
  tickHeight: 20,
};

/** Horizontal bars (0-100) for the same scores as the radar chart, one row per score. */
export function buildBarGeometry(
  scores: readonly ChartScore[],
  options: BarOptions = defaultBarOptions,
): BarGeometry {
  const trackWidth = options.width - options.valueWidth;
  const rowHeight = options.labelHeight + options.barHeight + options.rowGap;
  const rows = scores.map((entry, index): BarRow => {
    const top = index * rowHeight;
    const barY = top + options.labelHeight;
    return {
      id: entry.id,
      score: entry.score,
      label: { x: 0, y: round(top + options.labelHeight * 0.75) },
      track: { x: 0, y: barY, width: round(trackWidth), height: options.barHeight },
      bar: {
        x: 0,
        y: barY,
        width: round((trackWidth * clampScore(entry.score)) / 100),
        height: options.barHeight,
      },
      value: { x: round(trackWidth + 8), y: round(barY + options.barHeight * 0.75) },
    };
  });
  const barsBottom = scores.length * rowHeight;
  return {
    width: options.width,
    height: barsBottom + options.tickHeight,
    rows,
    ticks: options.ticks.map((value) => ({
      value,
      x: round((trackWidth * value) / 100),
      y: round(barsBottom + options.tickHeight * 0.6),
    })),
  };
}
