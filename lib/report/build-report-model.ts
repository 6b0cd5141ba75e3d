import type { AssessmentResult } from "../engine/types";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import type { ResultsContent } from "../content/results-content";
import { formatDate } from "../format/date";
import { buildAppendix } from "./build-appendix";
import { buildCases, buildCasesCloseness } from "./build-cases";
import { buildChart } from "./build-chart";
import { buildConsensusSection } from "./build-consensus-section";
import { buildProgressSection, type AssessedDocument } from "./build-progress-section";
import { buildCover } from "./build-cover";
import { buildLegal } from "./build-legal";
import { buildMethod } from "./build-method";
import { buildPlanItems } from "./build-plan-items";
import { buildPrerequisites } from "./build-prerequisites";
import { buildBusinessCaseReportSection } from "../business-case/build-report-section";
import { buildSummary } from "./build-summary";
import { createReportContext } from "./report-context";
import { toReportDate } from "./report-date";
import { fillText } from "./report-texts";
import { buildReportFileName } from "./report-file-name";
import type { PresentationModel } from "./report-model";
import { shortenText } from "./shorten-text";

/** The footer repeats the title on every page, so it gets one line's worth of it. */
const FOOTER_TITLE_LENGTH = 60;

export interface ReportOptions {
  /** When the report is made; its date is shown on the cover and in the file name. */
  generatedAt?: Date;
  /** An earlier file of the same project, assessed: the report gets a section on the progress since. */
  previous?: AssessedDocument;
}

/**
 * Everything the outputs show (the results page, the PDF report, the CLI summary), in one
 * language, from an answers document and its assessment. Pure: the same inputs and date give the
 * same model. The full content gives the cases' effects and economics too; the results page's
 * smaller part of it (ResultsContent) leaves them out.
 */
export function buildPresentation(
  doc: AnswersDocument,
  result: AssessmentResult,
  content: ResultsContent,
  locale: Locale,
  options: ReportOptions = {},
): PresentationModel {
  const reportDate = toReportDate(options.generatedAt ?? new Date());
  const context = createReportContext(doc, result, content, locale, reportDate);
  const { texts } = context;
  const title = doc.project.title;
  return {
    locale,
    texts,
    metadata: {
      title: `${texts.reportTitle}: ${title}`,
      author: doc.project.organisation.trim() || texts.productName,
      subject: texts.subject,
      keywords: texts.keywords,
      language: locale === "da" ? "da-DK" : "en-GB",
      creator: texts.productName,
      producer: texts.productName,
    },
    fileName: buildReportFileName(title, reportDate),
    footer: {
      projectTitle: shortenText(title, FOOTER_TITLE_LENGTH).text,
      date: formatDate(reportDate, locale),
      productName: texts.productName,
    },
    cover: buildCover(context),
    answersFrom: fillText(texts.answersFrom, {
      date: formatDate(toReportDate(new Date(doc.updatedAt)), locale),
    }),
    summary: buildSummary(context),
    businessCase: buildBusinessCaseReportSection(doc.businessCase, locale),
    consensus: buildConsensusSection(context),
    progress: options.previous
      ? buildProgressSection(options.previous, { document: doc, result }, content, locale)
      : null,
    chart: buildChart(context),
    prerequisites: buildPrerequisites(context),
    legal: buildLegal(context),
    cases: buildCases(context),
    casesCloseness: buildCasesCloseness(context),
    plan: buildPlanItems(result.plan, context),
    appendix: buildAppendix(context),
    method: buildMethod(context),
  };
}

/** The former name, while the PDF's renderer still uses it. */
export const buildReportModel = buildPresentation;
