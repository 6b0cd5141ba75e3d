import { renderReport } from "@/components/pdf/render-report";
import { content } from "@/content";
import { methodNotAllowed, negotiateLocale } from "@/lib/api/api-response";
import { readAnswersDocument } from "@/lib/api/handle-assess";
import { assessProject } from "@/lib/engine/assess-project";
import { toReportDate } from "@/lib/report/report-date";
import { buildContentDisposition, buildReportFileName } from "@/lib/report/report-file-name";
import type { Locale } from "@/lib/schemas/common";
import { toResponse } from "../to-response";

/** react-pdf and the font files need Node. */
export const runtime = "nodejs";

/** The report's language: ?lang=da|en when given, else the answers document's own language. */
function reportLocale(request: Request, documentLanguage: Locale): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang === "da" || lang === "en" ? lang : documentLanguage;
}

/**
 * POST an answers document, get its readiness report as a PDF download. Stateless: the answers
 * are assessed and rendered in memory; nothing is stored or logged. Bad input gets the same JSON
 * errors as /api/assess (400, 413, 415).
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await readAnswersDocument(request, content);
  if (!parsed.ok) return toResponse(parsed.response);
  const { doc } = parsed;
  const locale = reportLocale(request, doc.language);
  const now = new Date();
  const pdf = await renderReport(doc, assessProject(doc, content), content, locale, { generatedAt: now });
  const fileName = buildReportFileName(doc.project.title, toReportDate(now));
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": buildContentDisposition(fileName),
      "Content-Length": String(pdf.byteLength),
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
