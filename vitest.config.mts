import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    // Unit and component tests live next to the code; tests/e2e is Playwright's.
    include: ["{lib,content,components,app,scripts,tests/unit}/**/*.test.{ts,tsx}"],
    environment: "node",
    restoreMocks: true,
    // Generous: CI machines are small and some tests spawn processes or render PDFs. Not a speed check.
    testTimeout: 30_000,
  },
});
