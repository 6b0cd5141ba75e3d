// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- Next loads this file as CommonJS. */
const createNextIntlPlugin = require("next-intl/plugin");
// Plain JSON so that this file (loaded by Node without a TypeScript step) and
// lib/security/security-headers.ts share one source.
const { common: commonSecurityHeaders, nonHtmlCsp } = require("./lib/security/static-security-headers.json");

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/**
 * Security headers for everything proxy.ts does not see: API routes, Next's own files and static
 * files (any path with a dot). Pages get theirs, with a per-request nonce, from proxy.ts; these
 * sources must never match a page, or the page would carry a second, stricter policy.
 */
const nonPageSources = ["/api/:path*", "/_next/:path*", "/:path((?!api/|_next/).*\\..*)"];
const nonPageHeaders = [
  { key: "Content-Security-Policy", value: nonHtmlCsp },
  ...Object.entries(commonSecurityHeaders).map(([key, value]) => ({ key, value })),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel local builds (e.g. two developers' checks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return nonPageSources.map((source) => ({ source, headers: nonPageHeaders }));
  },
};

module.exports = withNextIntl(nextConfig);
