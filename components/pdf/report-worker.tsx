import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { renderWordReport } from "../docx/render-word-report";
import { prepareFonts, renderReport } from "./render-report";

/** The report's file format: the PDF, or the same report as a Word document. */
export type ReportFormat = "pdf" | "docx";

/** One report to render: a validated document, the report's language, its date (ISO 8601) and format. */
export interface ReportTask {
  doc: AnswersDocument;
  locale: Locale;
  generatedAt: string;
  format?: ReportFormat;
  /** An earlier document of the same project: the report gets a section on the progress since. */
  previous?: AnswersDocument;
}

// A thread loads the fonts as it starts, not when its first report arrives.
void prepareFonts();

/**
 * The report thread's task (run by the server's pool of worker threads, app/api/report): assesses
 * the document and renders its PDF or Word file off the thread that answers requests.
 */
export default async function renderReportTask(task: ReportTask): Promise<Uint8Array<ArrayBuffer>> {
  const generatedAt = new Date(task.generatedAt);
  const result = assessProject(task.doc, content);
  const render = task.format === "docx" ? renderWordReport : renderReport;
  const previous = task.previous
    ? { document: task.previous, result: assessProject(task.previous, content) }
    : undefined;
  const file = await render(task.doc, result, content, task.locale, { generatedAt, previous });
  return new Uint8Array(file);
}
