import { errorResponse, negotiateLocale } from "@/lib/api/api-response";
import { quoteSafely } from "@/lib/engine/describe-zod-issue";
import { toResponse } from "../to-response";

/** Any /api address no route answers: a JSON 404 for every method, as API clients expect. */
function notFound(request: Request): Response {
  const path = quoteSafely(new URL(request.url).pathname);
  return toResponse(errorResponse(404, "api-not-found", negotiateLocale(request), { path }));
}

export {
  notFound as GET,
  notFound as HEAD,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
