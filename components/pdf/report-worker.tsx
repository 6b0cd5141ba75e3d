import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { prepareFonts, renderReport } from "./render-report";

/** One report to render: a validated document, the report's language and its date (ISO 8601). */
export interface ReportTask {
  doc: AnswersDocument;
  locale: Locale;
  generatedAt: string;
}

// A thread loads the fonts as it starts, not when its first report arrives.
void prepareFonts();

/**
 * The report thread's task (run by the server's pool of worker threads, app/api/report): assesses
 * the document and renders its PDF off the thread that answers requests.
 */
export default async function renderReportTask(task: ReportTask): Promise<Uint8Array<ArrayBuffer>> {
  const generatedAt = new Date(task.generatedAt);
  const result = assessProject(task.doc, content);
  const pdf = await renderReport(task.doc, result, content, task.locale, { generatedAt });
  return new Uint8Array(pdf);
}
