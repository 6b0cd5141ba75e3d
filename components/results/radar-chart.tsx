import { wrapLabel } from "@/lib/chart/geometry";
import { buildRadarGeometry, type RadarAxis, type RadarOptions } from "@/lib/chart/radar";
import type { ChartRowModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

interface RadarChartProps {
  /** Each prerequisite's title, score and the value text written beside it, from the presentation model. */
  rows: ChartRowModel[];
  /** Names the chart for screen readers; the table next to it holds the figures. */
  description: string;
  /** A drawing sized for narrow screens, so the labels stay readable when it is scaled down. */
  compact?: boolean;
  className?: string;
}

const layouts = {
  wide: {
    width: 520,
    height: 420,
    labelMargin: 100,
    labelOffset: 14,
    ringLevels: [25, 50, 75, 100],
    lineHeight: 18,
    maxChars: 14,
    font: 16,
  },
  compact: {
    width: 420,
    height: 380,
    labelMargin: 190,
    labelOffset: 14,
    ringLevels: [25, 50, 75, 100],
    lineHeight: 22,
    maxChars: 10,
    font: 19,
  },
} satisfies Record<string, RadarOptions & { lineHeight: number; maxChars: number; font: number }>;

/** The five prerequisite scores as a radar chart, drawn from lib/chart's geometry. */
export function RadarChart({ rows, description, compact, className }: RadarChartProps) {
  const layout = compact ? layouts.compact : layouts.wide;
  const chart = buildRadarGeometry(rows, layout);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return (
    <svg
      className={className ? `${styles.chart} ${className}` : styles.chart}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={description}
      fontSize={layout.font}
    >
      {chart.rings.map((ring) => (
        <path key={ring.level} d={ring.path} className={styles.ring} />
      ))}
      {chart.axes.map((axis) => (
        <line
          key={axis.id}
          x1={chart.center.x}
          y1={chart.center.y}
          x2={axis.end.x}
          y2={axis.end.y}
          className={styles.axis}
        />
      ))}
      <path d={chart.scorePath} className={styles.scoreArea} />
      {chart.axes.map((axis) =>
        axis.score === null ? null : (
          <circle key={axis.id} cx={axis.point.x} cy={axis.point.y} r={5} className={styles.scorePoint} />
        ),
      )}
      {chart.axes.map((axis) => (
        <AxisLabel
          key={axis.id}
          axis={axis}
          lineHeight={layout.lineHeight}
          lines={[
            ...wrapLabel(byId.get(axis.id)?.title ?? axis.id, layout.maxChars),
            byId.get(axis.id)?.valueText ?? "",
          ]}
        />
      ))}
    </svg>
  );
}

function AxisLabel({ axis, lines, lineHeight }: { axis: RadarAxis; lines: string[]; lineHeight: number }) {
  const { x, y, anchor, placement } = axis.label;
  const block = (lines.length - 1) * lineHeight;
  const firstY =
    placement === "above" ? y - block : placement === "middle" ? y - block / 2 + 5 : y + lineHeight * 0.8;
  return (
    <text x={x} y={firstY} textAnchor={anchor} className={styles.axisLabel}>
      {lines.map((line, index) => (
        <tspan
          key={`${index}-${line}`}
          x={x}
          dy={index === 0 ? 0 : lineHeight}
          className={index === lines.length - 1 ? styles.axisValue : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}
