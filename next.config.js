// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- Next loads this file as CommonJS. */
const path = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");
// Plain JSON so that this file (loaded by Node without a TypeScript step) and
// lib/security/security-headers.ts share one source.
const { common: commonSecurityHeaders, nonHtmlCsp } = require("./lib/security/static-security-headers.json");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** Any address with a dot (a file's address) outside the API and Next's own files. */
const fileAddresses = "/:path((?!api/|_next/).*\\..*)";

/**
 * Security headers for everything proxy.ts does not see: API routes, Next's own files and static
 * files (any path with a dot). Pages get theirs, with a per-request nonce, from proxy.ts; these
 * sources must never match a page, or the page would carry a second, stricter policy.
 */
const nonPageSources = ["/api/:path*", "/_next/:path*", fileAddresses];
const nonPageHeaders = [
  { key: "Content-Security-Policy", value: nonHtmlCsp },
  ...Object.entries(commonSecurityHeaders).map(([key, value]) => ({ key, value })),
];

/**
 * next-intl formats messages that i18n/compile-messages.ts compiled on the server, so the
 * browser gets use-intl's small formatter for compiled messages instead of intl-messageformat
 * (its parser, and the number-format data it loads on first use). vitest.config.mts does the same.
 */
const formatOnly = require.resolve("use-intl/format-message/format-only");
const formatMessageAlias = {
  "use-intl/format-message": `./${path.relative(__dirname, formatOnly).split(path.sep).join("/")}`,
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  /**
   * A self-contained server (.next/standalone/server.js with only the packages it uses), which the
   * Dockerfile copies into its image; scripts/build/assemble-standalone.ts adds the static files
   * and the logging front (server/main.mjs).
   */
  output: "standalone",
  // piscina starts worker threads from its own files, which must stay in node_modules, unbundled.
  serverExternalPackages: ["piscina"],
  // The report thread's bundle and fonts (scripts/build/build-report-worker.ts), loaded by path.
  outputFileTracingIncludes: { "/api/report": ["./build/report-worker/**/*"] },
  reactStrictMode: true,
  // Lets parallel local builds (e.g. two developers' checks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  turbopack: { resolveAlias: formatMessageAlias },
  webpack(config) {
    config.resolve.alias = { ...config.resolve.alias, "use-intl/format-message": formatOnly };
    return config;
  },
  async headers() {
    return nonPageSources.map((source) => ({ source, headers: nonPageHeaders }));
  },
  /**
   * A file's address that no file answers (/robots.txt, /da/rapport.pdf) gets the prerendered
   * bilingual 404 page (app/not-found.tsx, built as Next's /_not-found route). Without this it
   * would reach the [locale] pages, whose notFound() Next answers with an empty document that
   * only JavaScript fills in, and the strict policy above (no script, no style) keeps that
   * document blank. "afterFiles": existing files, the icon and the API routes are served first.
   */
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [{ source: fileAddresses, destination: "/_not-found" }],
      fallback: [],
    };
  },
};

module.exports = withNextIntl(nextConfig);
