import { assessProject } from "../engine/assess-project";
import { formatScore } from "../engine/rounding";
import { buildCases } from "../report/build-cases";
import { buildChart } from "../report/build-chart";
import { buildLegal } from "../report/build-legal";
import { buildPlanItems } from "../report/build-plan-items";
import { buildSummary } from "../report/build-summary";
import { createReportContext } from "../report/report-context";
import { toReportDate } from "../report/report-date";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale, ReadinessLevelId } from "../schemas/common";
import type { Content } from "../schemas/content";

/** One project in the portfolio table: every text from the report's presentation model (lib/report). */
export interface PortfolioRow {
  fileName: string;
  projectId: string | null;
  project: string;
  organisation: string;
  levelId: ReadinessLevelId | null;
  level: string;
  overall: number | null;
  overallText: string;
  scores: { id: string; title: string; score: number | null; text: string }[];
  blockers: string[];
  aiActClass: string;
  dpia: string;
  fria: string;
  closestCase: string;
  firstAction: string;
}

/** The portfolio row of one valid answers document, in the page's language. */
export function buildPortfolioRow(
  fileName: string,
  document: AnswersDocument,
  content: Content,
  locale: Locale,
  generatedAt: Date,
): PortfolioRow {
  const result = assessProject(document, content);
  // The parts of buildReportModel the row shows (the appendix, method and prerequisite pages
  // are left out: they are most of the model's cost and none of the row's).
  const context = createReportContext(document, result, content, locale, toReportDate(generatedAt));
  const summary = buildSummary(context);
  const legal = buildLegal(context);
  const closest = buildCases(context)[0];
  const firstAction = buildPlanItems(result.plan.slice(0, 1), context)[0];
  const chart = buildChart(context);
  const organisation = document.project.organisation.trim();
  return {
    fileName,
    projectId: document.projectId ?? null,
    project: document.project.title,
    organisation,
    levelId: summary.levelId,
    level: summary.levelLabel,
    overall: summary.overallScore,
    overallText: summary.overallText,
    scores: chart.rows.map((row) => ({
      id: row.id,
      title: row.title,
      score: row.score,
      text: row.score === null ? row.scoreText : formatScore(row.score, locale),
    })),
    blockers: summary.blockers.map((blocker) => blocker.title),
    aiActClass: legal.aiActClass,
    dpia: legal.dpiaStatus,
    fria: legal.fria,
    closestCase: closest ? `${closest.organisation}: ${closest.title} (${closest.similarityText})` : "",
    firstAction: firstAction ? firstAction.title : "",
  };
}
