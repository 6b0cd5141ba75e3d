import { clientContentFile, isClientContentPart } from "@/i18n/content";
import { errorResponse, methodNotAllowed, negotiateLocale } from "@/lib/api/api-response";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { toResponse } from "../../../../to-response";

interface ContentRouteContext {
  params: Promise<{ part: string; locale: string; hash: string }>;
}

/**
 * The questionnaire's or the results' content in one language (see clientContentFile). The
 * address names the content's hash, so a file once loaded never changes and may be kept for a
 * year; an address with another hash (a page from before the content changed) is not found.
 */
export async function GET(request: Request, { params }: ContentRouteContext): Promise<Response> {
  const { part, locale, hash } = await params;
  const file =
    isClientContentPart(part) && hasLocale(routing.locales, locale) ? clientContentFile(part, locale) : null;
  if (!file || file.hash !== hash) {
    return toResponse(errorResponse(404, "content-not-found", negotiateLocale(request)));
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

function notAllowed(request: Request): Response {
  return toResponse(methodNotAllowed(request.method, ["GET"], negotiateLocale(request)));
}

export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
