import { assessProject } from "../engine/assess-project";
import { formatScore } from "../engine/rounding";
import { buildReportModel } from "../report/build-report-model";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale, ReadinessLevelId } from "../schemas/common";
import type { Content } from "../schemas/content";

/** One project in the portfolio table: every text from the report's presentation model. */
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
  const model = buildReportModel(document, result, content, locale, { generatedAt });
  const closest = model.cases[0];
  const firstAction = model.plan[0];
  return {
    fileName,
    projectId: document.projectId ?? null,
    project: model.cover.projectTitle,
    organisation: model.cover.organisation ?? "",
    levelId: model.summary.levelId,
    level: model.summary.levelLabel,
    overall: model.summary.overallScore,
    overallText: model.summary.overallText,
    scores: model.chart.rows.map((row) => ({
      id: row.id,
      title: row.title,
      score: row.score,
      text: row.score === null ? row.scoreText : formatScore(row.score, locale),
    })),
    blockers: model.summary.blockers.map((blocker) => blocker.title),
    aiActClass: model.legal.aiActClass,
    dpia: model.legal.dpiaStatus,
    fria: model.legal.fria,
    closestCase: closest ? `${closest.organisation}: ${closest.title} (${closest.similarityText})` : "",
    firstAction: firstAction ? firstAction.title : "",
  };
}
