/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce
 * per request (set by proxy.ts); API routes and static files get the strict non-HTML policy.
 */
import staticSecurityHeaders from "./static-security-headers.json";

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The page policy: scripts only with this request's nonce; nothing from another origin. */
export function buildPageCsp(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its own chunks; dev needs eval for React's debugging.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes (e.g. bar widths) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join("; ");
}

/**
 * For JSON, PDF and static files: nothing may run or be framed. The values live in a JSON file
 * because next.config.js, which sends them for the routes proxy.ts does not see, cannot load
 * TypeScript.
 */
export const nonHtmlCsp: string = staticSecurityHeaders.nonHtmlCsp;

/** Sent with every response, page or not. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = staticSecurityHeaders.common;
