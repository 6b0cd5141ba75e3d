import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    // Unit and component tests live next to the code; tests/e2e is Playwright's.
    include: ["{lib,content,i18n,components,app,scripts,tests/unit,tests/support}/**/*.test.{ts,tsx}"],
    environment: "node",
    restoreMocks: true,
    // Bundled by Vite, not loaded by Node, so that the format-message alias above reaches them.
    server: { deps: { inline: ["next-intl", "use-intl"] } },
    // Generous: CI machines are small and some tests spawn processes or render PDFs. Not a speed check.
    testTimeout: 30_000,
  },
});
