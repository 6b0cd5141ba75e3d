import { content } from "@/content";
import { methodNotAllowed, negotiateLocale } from "@/lib/api/api-response";
import { handleAssess } from "@/lib/api/handle-assess";
import { toResponse } from "../to-response";
import { settings } from "../report/report-pool";

/** Stateless: the answers are scored and returned; nothing is stored or logged. */
export async function POST(request: Request): Promise<Response> {
  return toResponse(await handleAssess(request, content, settings.bodyLimitBytes));
}

function notAllowed(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, ["POST"], negotiateLocale(request)));
}

export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
