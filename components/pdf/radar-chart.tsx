import { Circle, G, Line, Path, Svg, Text as SvgText, View } from "@react-pdf/renderer";
import type { RadarAxis } from "@/lib/chart/radar";
import type { ChartModel } from "@/lib/report/report-model";
import { FONT_FAMILY } from "./fonts";
import { colors } from "./theme";

const LABEL_SIZE = 8.5;
const LINE_HEIGHT = 10.5;

/** The baseline of a label's first line, so that the block sits above, beside or below its point. */
function firstBaseline(axis: RadarAxis, lines: number): number {
  const block = (lines - 1) * LINE_HEIGHT;
  if (axis.label.placement === "above") return axis.label.y - block;
  if (axis.label.placement === "below") return axis.label.y + LABEL_SIZE;
  return axis.label.y - block / 2 + LABEL_SIZE * 0.35;
}

interface RadarChartProps {
  chart: ChartModel;
}

/** The five prerequisite scores as a radar chart: the same geometry as the results page. */
export function RadarChart({ chart }: RadarChartProps) {
  const { geometry, axisLabels } = chart;
  return (
    <View style={{ alignItems: "center", marginVertical: 8 }} wrap={false}>
      <Svg
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      >
        {geometry.rings.map((ring) => (
          <Path
            key={ring.level}
            d={ring.path}
            fill="none"
            stroke={colors.rule}
            strokeWidth={ring.level === 100 ? 1 : 0.6}
          />
        ))}
        {geometry.axes.map((axis) => (
          <Line
            key={axis.id}
            x1={geometry.center.x}
            y1={geometry.center.y}
            x2={axis.end.x}
            y2={axis.end.y}
            stroke={colors.border}
            strokeWidth={0.6}
          />
        ))}
        <Path
          d={geometry.scorePath}
          fill={colors.primary}
          fillOpacity={0.18}
          stroke={colors.primary}
          strokeWidth={1.5}
        />
        {geometry.axes.map((axis) =>
          axis.score === null ? null : (
            <Circle key={axis.id} cx={axis.point.x} cy={axis.point.y} r={2.5} fill={colors.primary} />
          ),
        )}
        {geometry.axes.map((axis) => {
          const lines = axisLabels[axis.id] ?? [];
          const top = firstBaseline(axis, lines.length);
          return (
            <G key={axis.id}>
              {lines.map((line, index) => (
                <SvgText
                  key={index}
                  x={axis.label.x}
                  y={top + index * LINE_HEIGHT}
                  textAnchor={axis.label.anchor}
                  fill={colors.ink}
                  style={{
                    fontFamily: FONT_FAMILY,
                    fontSize: LABEL_SIZE,
                    fontWeight: index === lines.length - 1 ? 600 : 400,
                  }}
                >
                  {line}
                </SvgText>
              ))}
            </G>
          );
        })}
      </Svg>
    </View>
  );
}
