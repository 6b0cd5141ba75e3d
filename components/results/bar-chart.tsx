import { buildBarGeometry, defaultBarOptions } from "@/lib/chart/bars";
import type { ChartScore } from "@/lib/chart/radar";
import styles from "./results.module.css";

interface BarChartProps {
  scores: ChartScore[];
  labels: Record<string, string>;
  missingLabel: string;
  formatValue: (score: number) => string;
  description: string;
  /** A narrower drawing for small screens, so the text is not scaled down. */
  compact?: boolean;
  className?: string;
}

/** The same scores as horizontal bars, easier to compare than the radar's area. */
export function BarChart({
  scores,
  labels,
  missingLabel,
  formatValue,
  description,
  compact,
  className,
}: BarChartProps) {
  const chart = buildBarGeometry(scores, compact ? { ...defaultBarOptions, width: 300 } : defaultBarOptions);
  return (
    <svg
      className={className ? `${styles.chart} ${className}` : styles.chart}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={description}
    >
      {chart.rows.map((row) => (
        <g key={row.id}>
          <text x={row.label.x} y={row.label.y} className={styles.barLabel}>
            {labels[row.id] ?? row.id}
          </text>
          <rect {...row.track} className={styles.barTrack} />
          <rect {...row.bar} className={styles.bar} />
          {row.score === null ? (
            <text x={row.track.x + 8} y={row.value.y} className={styles.barMissing}>
              {missingLabel}
            </text>
          ) : (
            <text x={row.value.x} y={row.value.y} className={styles.barValue}>
              {formatValue(row.score)}
            </text>
          )}
        </g>
      ))}
      {chart.ticks.map((tick) => (
        <text
          key={tick.value}
          x={tick.x}
          y={tick.y}
          textAnchor={tick.value === 0 ? "start" : tick.value === 100 ? "end" : "middle"}
          className={styles.tick}
        >
          {tick.value}
        </text>
      ))}
    </svg>
  );
}
