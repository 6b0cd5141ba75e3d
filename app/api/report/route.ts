import { content } from "@/content";
import { errorResponse, methodNotAllowed, negotiateLocale, type ApiResponse } from "@/lib/api/api-response";
import { readReportRequest } from "@/lib/api/read-report-request";
import { toReportDate } from "@/lib/report/report-date";
import { buildContentDisposition, buildReportFileName } from "@/lib/report/report-file-name";
import type { Locale } from "@/lib/schemas/common";
import { toResponse } from "../to-response";
import type { ReportFormat } from "@/components/pdf/report-worker";
import { runReport, settings, type ReportOutcome } from "./report-pool";

/** react-pdf, the font files and worker threads need Node. */
export const runtime = "nodejs";

/** Seconds a refused client is asked to wait before it tries again. */
const RETRY_AFTER_SECONDS = 10;

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** ?format=docx asks for the Word document; anything else gets the PDF. */
function reportFormat(request: Request): ReportFormat {
  return new URL(request.url).searchParams.get("format") === "docx" ? "docx" : "pdf";
}

/** The report's language: ?lang=da|en when given, else the answers document's own language. */
function reportLocale(request: Request, documentLanguage: Locale): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang === "da" || lang === "en" ? lang : documentLanguage;
}

function refusal(outcome: Exclude<ReportOutcome, { ok: true }>, locale: Locale): ApiResponse {
  const retry = { "Retry-After": String(RETRY_AFTER_SECONDS) };
  switch (outcome.reason) {
    case "busy":
      return errorResponse(503, "reports-busy", locale, {}, [], retry);
    case "timeout":
      return errorResponse(503, "report-timeout", locale, {}, [], retry);
    case "gone":
      // Nobody reads this answer; the status tells the log that the client left.
      return errorResponse(499, "client-gone", locale);
    case "failed":
      return errorResponse(500, "report-failed", locale);
  }
}

/**
 * POST an answers document, get its readiness report as a PDF download (or, with ?format=docx,
 * the same report as a Word document). The document may carry an earlier file of the same project
 * as `previous`: the report then has a section on the progress since. Stateless: the answers
 * are assessed and rendered in memory, on one of the report threads (report-pool.ts), while this
 * thread goes on answering other requests; nothing is stored or logged. Bad input gets the same
 * JSON errors as /api/assess (400, 413, 415); a full queue gets 503 with Retry-After.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await readReportRequest(request, content, settings.bodyLimitBytes);
  if (!parsed.ok) return toResponse(parsed.response);
  const { doc, previous } = parsed;
  const locale = reportLocale(request, doc.language);
  const now = new Date();
  const format = reportFormat(request);
  const task = { doc, locale, generatedAt: now.toISOString(), format, ...(previous ? { previous } : {}) };
  const outcome = await runReport(task, request.signal);
  if (!outcome.ok) return toResponse(refusal(outcome, parsed.locale));
  const fileName = buildReportFileName(doc.project.title, toReportDate(now), format);
  return new Response(outcome.pdf, {
    status: 200,
    headers: {
      "Content-Type": format === "docx" ? DOCX_TYPE : "application/pdf",
      "Content-Disposition": buildContentDisposition(fileName),
      "Content-Length": String(outcome.pdf.byteLength),
      "Content-Language": locale,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function notAllowed(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, ["POST"], negotiateLocale(request)));
}

export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
