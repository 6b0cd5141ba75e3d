import importX, { createNodeResolver } from "eslint-plugin-import-x";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layer and cycle rules come from eslint-plugin-import-x: it resolves with unrs-resolver (which
 * reads tsconfig's `@/` paths) and follows imports with the linted file's own parser. The same rules
 * from eslint-plugin-import (which Next's config brings) took four fifths of the lint time: it hashes
 * the whole configuration again for every import it follows.
 */
const sourceExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"];
const importResolver = createNodeResolver({
  extensions: [...sourceExtensions, ".json"],
  conditionNames: ["types", "import", "require", "default"],
  mainFields: ["types", "module", "main"],
  tsconfig: { configFile: new URL("./tsconfig.json", import.meta.url).pathname },
});

/**
 * The layers, bottom to top; a folder may import from the layers below it and never from those
 * above (docs/decisions/0005-layers-enforced-by-lint.md):
 *
 *   lib/schemas → content → lib (engine, report, storage, …) → i18n → components → app
 *
 * `scripts/` and `tests/` sit on top and may import anything but each other's machinery.
 */
const layerZones = [
  {
    target: "./lib/schemas",
    from: ["./content", "./lib", "./i18n", "./components", "./app"],
    except: ["./schemas"],
    message: "lib/schemas is the bottom layer: it imports nothing of the project's.",
  },
  {
    target: "./content",
    from: ["./lib", "./i18n", "./components", "./app"],
    except: ["./schemas"],
    message: "content/ may import only lib/schemas.",
  },
  {
    target: "./lib",
    from: ["./i18n", "./components", "./app"],
    message: "lib/ may import only lib/ and content/.",
  },
  {
    target: "./i18n",
    from: ["./components", "./app"],
    message: "i18n/ may import only lib/ and content/.",
  },
  {
    target: "./components",
    from: ["./app"],
    message: "components/ may not import from app/ (shared i18n helpers live in i18n/).",
  },
  {
    target: "./tests",
    from: ["./scripts/bench"],
    message: "Tests do not depend on the benchmarks; shared helpers live in tests/support/.",
  },
];

/** The one exception, until the result labels move out of content/: engine types, imported as types. */
const resultLabelsZones = layerZones.map((zone) =>
  zone.target === "./content" ? { ...zone, except: ["./schemas", "./engine/types.ts"] } : zone,
);

/** Tests sit on top wherever they live: a content test may run the engine over the content. */
const testZones = layerZones.filter((zone) => zone.target === "./tests");

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "build/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [importResolver], "import-x/extensions": sourceExtensions },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["content/result-labels.ts"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: resultLabelsZones }] },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: testZones }] },
  },
  {
    // Links go through components/ui/link.tsx, which turns Next's prefetching off.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use Link from @/components/ui/link (no prefetching)." }] },
      ],
    },
  },
  {
    // content/ and lib/ are pure TypeScript: the engine runs the same in the browser, a route and the CLI.
    files: ["lib/**/*.ts", "content/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "next", "next/*", "next-intl", "next-intl/*"],
              message: "lib/ and content/ are pure: no React or Next.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
