import { wrapLabel } from "@/lib/chart/geometry";
import { buildRadarGeometry, type ChartScore, type RadarAxis, type RadarOptions } from "@/lib/chart/radar";
import styles from "./results.module.css";

interface RadarChartProps {
  scores: ChartScore[];
  /** Axis labels by score id. */
  labels: Record<string, string>;
  /** Shown for a score that is null. */
  missingLabel: string;
  formatValue: (score: number) => string;
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
export function RadarChart({
  scores,
  labels,
  missingLabel,
  formatValue,
  description,
  compact,
  className,
}: RadarChartProps) {
  const layout = compact ? layouts.compact : layouts.wide;
  const chart = buildRadarGeometry(scores, layout);
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
            ...wrapLabel(labels[axis.id] ?? axis.id, layout.maxChars),
            axis.score === null ? missingLabel : formatValue(axis.score),
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
