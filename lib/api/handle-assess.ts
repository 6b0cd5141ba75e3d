import { computeBusinessCase } from "../business-case/compute-business-case";
import { assessProject } from "../engine/assess-project";
import type { AssessmentResult } from "../engine/types";
import { validateAnswers } from "../engine/validate-answers";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import type { Content } from "../schemas/content";
import { errorResponse, negotiateLocale, type ApiResponse } from "./api-response";
import { MAX_BODY_BYTES, readJsonBody } from "./read-json-body";

export type DocumentRequest =
  { ok: true; doc: AnswersDocument; locale: Locale } | { ok: false; response: ApiResponse };

/** Checks a request body as an answers document: the document, or a 400 that lists what is wrong. */
export function checkAnswersDocument(value: unknown, content: Content, locale: Locale): DocumentRequest {
  const validation = validateAnswers(value, content, locale);
  if (!validation.ok) {
    return { ok: false, response: errorResponse(400, "invalid-document", locale, {}, validation.issues) };
  }
  return { ok: true, doc: validation.doc, locale };
}

/** Reads and validates an answers document from a request (/api/assess; /api/report reads its own, read-report-request.ts). */
export async function readAnswersDocument(
  request: Request,
  content: Content,
  bodyLimit = MAX_BODY_BYTES,
): Promise<DocumentRequest> {
  const locale = negotiateLocale(request);
  const body = await readJsonBody(request, locale, bodyLimit);
  if (!body.ok) return body;
  return checkAnswersDocument(body.value, content, locale);
}

export async function handleAssess(
  request: Request,
  content: Content,
  bodyLimit = MAX_BODY_BYTES,
): Promise<ApiResponse> {
  const parsed = await readAnswersDocument(request, content, bodyLimit);
  if (!parsed.ok) return parsed.response;
  const result: AssessmentResult = assessProject(parsed.doc, content);
  // The user's own estimate, when the document holds one, computed by the same engine as the page.
  const { businessCase } = parsed.doc;
  return {
    status: 200,
    body: businessCase ? { ...result, businessCase: computeBusinessCase(businessCase) } : result,
  };
}
