import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { buildPageCsp, commonSecurityHeaders, createNonce } from "./lib/security/security-headers";
import { routing } from "./i18n/routing";

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page request: a fresh CSP nonce (Next puts it on its own scripts when it finds the
 * policy on the request), the security headers, and next-intl's redirect of paths without a
 * locale (/ -> /da).
 */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = buildPageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const [, firstSegment] = request.nextUrl.pathname.split("/");

  let response: NextResponse;
  if (hasLocale(routing.locales, firstSegment)) {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = handleI18nRouting(request);
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(commonSecurityHeaders)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every page path except the API, Next's own files and static files (anything with a dot).
  // "api" only as a whole segment: /apix is a page address (a 404 with the site's headers).
  matcher: "/((?!api(?:/|$)|_next/|_vercel|.*\\..*).*)",
};
