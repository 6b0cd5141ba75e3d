import { notEnoughAnswers } from "@/content/result-labels";
import { wrapLabel } from "../chart/geometry";
import { buildRadarGeometry, type RadarOptions } from "../chart/radar";
import type { ReportContext } from "./report-context";
import type { ChartModel } from "./report-model";

/** The chart's size on the A4 page, in points; the same geometry as the web page's chart. */
export const REPORT_RADAR_OPTIONS: RadarOptions = {
  width: 270,
  height: 220,
  labelMargin: 80,
  labelOffset: 10,
  ringLevels: [25, 50, 75, 100],
};

/** Characters per line of an axis label. */
const LABEL_LINE_LENGTH = 14;

export function buildChart(context: ReportContext): ChartModel {
  const { result, texts, fill } = context;
  const geometry = buildRadarGeometry(
    result.prerequisites.map((p) => ({ id: p.id, score: p.score })),
    REPORT_RADAR_OPTIONS,
  );
  const axisLabels: Record<string, string[]> = {};
  const rows = result.prerequisites.map((prerequisite) => {
    const title = context.sectionTitle(prerequisite.id);
    const score = prerequisite.score === null ? null : context.number(prerequisite.score);
    axisLabels[prerequisite.id] = [...wrapLabel(title, LABEL_LINE_LENGTH), score ?? "–"];
    return {
      id: prerequisite.id,
      title,
      score: prerequisite.score,
      scoreText: context.scoreText(prerequisite.score),
      valueText: score ?? notEnoughAnswers[context.locale],
      answeredText: fill(texts.answeredShort, {
        answered: prerequisite.answered,
        unanswered: prerequisite.unanswered,
        applicable: prerequisite.applicable,
      }),
    };
  });
  const weakest = result.weakestPrerequisite;
  return {
    geometry,
    axisLabels,
    rows,
    overallText: context.scoreText(result.overall.score),
    weakestText: weakest ? fill(texts.scoresWeakest, { title: context.sectionTitle(weakest) }) : null,
  };
}
