// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets parallel local builds (e.g. two developers' checks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

module.exports = withNextIntl(nextConfig);
