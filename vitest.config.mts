import react from "@vitejs/plugin-react";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit and component tests live next to the code; tests/e2e is Playwright's.
const testFolders = ["lib", "content", "i18n", "components", "app", "scripts", "tests/unit", "tests/support"];
const allTests = [`{${testFolders.join(",")}}/**/*.test.{ts,tsx}`];

/**
 * The component tests that need a DOM (they say `@vitest-environment jsdom` at the top). They run
 * isolated, each file in a fresh module graph and jsdom, as they mock modules (next/navigation)
 * and globals (fetch) and keep state in the DOM.
 */
const domTests = testFolders
  .flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" }).map((f) => `${folder}/${f}`),
  )
  .filter((file) => /\.test\.tsx?$/.test(file))
  .filter((file) => readFileSync(file, "utf8").slice(0, 400).includes("@vitest-environment jsdom"));

/**
 * The slow part of the suite: fuzzing and rendering PDFs (about 40 s on a small machine).
 * `npm run check` runs the "fast" and "fast-dom" projects only; `npm test` runs all three.
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
    // VITEST_JSON=<file> adds a JSON report with each file's and test's time (for measuring).
    ...(process.env.VITEST_JSON
      ? { reporters: ["default", "json"], outputFile: { json: process.env.VITEST_JSON } }
      : {}),
    restoreMocks: true,
    // Bundled by Vite, not loaded by Node, so that the format-message alias above reaches them.
    server: { deps: { inline: ["next-intl", "use-intl"] } },
    // Generous: CI machines are small and some tests spawn processes or render PDFs. Not a speed check.
    testTimeout: 30_000,
    projects: [
      // The rest of the fast tests are pure functions over the content, without a DOM or module
      // mocks: they share one module graph per worker (isolate: false), which saves importing the
      // content, the engine and zod again for each of some hundred files (two thirds of their CPU time).
      {
        extends: true,
        test: { name: "fast", include: allTests, exclude: [...slowTests, ...domTests], isolate: false },
      },
      { extends: true, test: { name: "fast-dom", include: domTests, exclude: slowTests } },
      // Fuzzing and PDF rendering mock nothing either: one module graph, so the fonts, the content
      // and react-pdf load once (63 → 38 s alone). The report caches are shared between files too.
      { extends: true, test: { name: "slow", include: slowTests, isolate: false } },
    ],
  },
});
