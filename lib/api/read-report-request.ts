import { validateAnswers } from "../engine/validate-answers";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import type { Content } from "../schemas/content";
import { errorResponse, negotiateLocale, type ApiResponse } from "./api-response";
import { checkAnswersDocument } from "./handle-assess";
import { MAX_BODY_BYTES, readJsonBody } from "./read-json-body";

export type ReportRequest =
  | { ok: true; doc: AnswersDocument; previous: AnswersDocument | null; locale: Locale }
  | { ok: false; response: ApiResponse };

/** The body without its `previous` member, and that member (undefined when there is none). */
function splitPrevious(body: unknown): { document: unknown; previous: unknown } {
  if (body === null || typeof body !== "object" || Array.isArray(body) || !Object.hasOwn(body, "previous")) {
    return { document: body, previous: undefined };
  }
  const { previous, ...document } = body as Record<string, unknown>;
  return { document, previous };
}

/**
 * Reads a report request: an answers document, as /api/assess takes it, that may carry an earlier
 * answers document of the same project as `previous` (the report then gets a section on the
 * progress since). Both are validated the same way, within the same body limit; an earlier file
 * that is invalid or of another project gets a 400 that says so.
 */
export async function readReportRequest(
  request: Request,
  content: Content,
  bodyLimit = MAX_BODY_BYTES,
): Promise<ReportRequest> {
  const locale = negotiateLocale(request);
  const body = await readJsonBody(request, locale, bodyLimit);
  if (!body.ok) return body;
  const { document, previous } = splitPrevious(body.value);
  const checked = checkAnswersDocument(document, content, locale);
  if (!checked.ok) return checked;
  const { doc } = checked;
  if (previous === undefined) return { ok: true, doc, previous: null, locale };
  const earlier = validateAnswers(previous, content, locale);
  if (!earlier.ok) {
    const issues = earlier.issues.map((issue) => ({
      ...issue,
      path: issue.path ? `previous.${issue.path}` : "previous",
    }));
    return { ok: false, response: errorResponse(400, "invalid-previous", locale, {}, issues) };
  }
  if (!doc.projectId || earlier.doc.projectId !== doc.projectId) {
    const title = earlier.doc.project.title;
    return { ok: false, response: errorResponse(400, "previous-other-project", locale, { title }) };
  }
  return { ok: true, doc, previous: earlier.doc, locale };
}
