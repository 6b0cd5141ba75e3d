import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit and component tests live next to the code; tests/e2e is Playwright's.
const allTests = ["{lib,content,i18n,components,app,scripts,tests/unit,tests/support}/**/*.test.{ts,tsx}"];

/**
 * The slow part of the suite: fuzzing and rendering PDFs (about a minute on a small machine).
 * `npm run check` runs the "fast" project only; `npm test` runs both.
 */
const slowTests = [
  "**/*.fuzz.test.ts",
  "components/pdf/**/*.test.tsx",
  "app/api/report/route.test.ts",
  "scripts/cli/write-pdf.test.ts",
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // As in next.config.js: next-intl formats the compiled messages (i18n/compile-messages.ts).
      "use-intl/format-message": createRequire(import.meta.url).resolve(
        "use-intl/format-message/format-only",
      ),
    },
  },
  test: {
    environment: "node",
    restoreMocks: true,
    // Bundled by Vite, not loaded by Node, so that the format-message alias above reaches them.
    server: { deps: { inline: ["next-intl", "use-intl"] } },
    // Generous: CI machines are small and some tests spawn processes or render PDFs. Not a speed check.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "fast", include: allTests, exclude: slowTests } },
      { extends: true, test: { name: "slow", include: slowTests } },
    ],
  },
});
