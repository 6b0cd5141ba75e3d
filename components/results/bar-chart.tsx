import { buildBarGeometry, defaultBarOptions } from "@/lib/chart/bars";
import type { ChartRowModel } from "@/lib/report/report-model";
import styles from "./results.module.css";

interface BarChartProps {
  /** Each prerequisite's title, score and the value text written beside it, from the presentation model. */
  rows: ChartRowModel[];
  description: string;
  /** A narrower drawing for small screens, so the text is not scaled down. */
  compact?: boolean;
  className?: string;
}

/** The same scores as horizontal bars, easier to compare than the radar's area. */
export function BarChart({ rows, description, compact, className }: BarChartProps) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chart = buildBarGeometry(rows, compact ? { ...defaultBarOptions, width: 300 } : defaultBarOptions);
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
            {byId.get(row.id)?.title ?? row.id}
          </text>
          <rect {...row.track} className={styles.barTrack} />
          <rect {...row.bar} className={styles.bar} />
          {row.score === null ? (
            <text x={row.track.x + 8} y={row.value.y} className={styles.barMissing}>
              {byId.get(row.id)?.valueText}
            </text>
          ) : (
            <text x={row.value.x} y={row.value.y} className={styles.barValue}>
              {byId.get(row.id)?.valueText}
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
