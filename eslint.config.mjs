import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
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
    // Layers point one way: content -> lib -> components -> app.
    files: ["lib/**/*.ts", "content/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "**/app/**", "**/components/**"],
              message: "lib/ and content/ must not import from app/ or components/.",
            },
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
