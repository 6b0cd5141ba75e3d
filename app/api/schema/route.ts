import { methodNotAllowed, negotiateLocale } from "@/lib/api/api-response";
import { buildAnswersJsonSchema } from "@/lib/schemas/answers-json-schema";
import { toResponse } from "../to-response";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildAnswersJsonSchema(), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
}

function notAllowed(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, ["GET"], negotiateLocale(request)));
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
