/**
 * The performance budgets, in one place for tests/e2e/size-budgets.spec.ts (which fails the test
 * command when a size budget is broken) and `npm run bench` (which measures and prints them all).
 */

/**
 * First-load JavaScript of a bare Next page (app/layout + app/page, one <h1>), measured by
 * scripts/bench/bare-next.ts with page-assets.ts, on the Next and React versions below.
 * `npm run bench` rebuilds the bare page every run and prints its figure next to this one; the
 * size check in the test command uses this committed figure instead of building a second app.
 * After upgrading Next or React, run `npm run bench` and copy the bare page's bytes here if they
 * moved.
 */
export const bareNextBaseline = {
  next: "16.4.6",
  react: "19.3.1",
  jsGzipBytes: 134_846,
} as const;

/** Content pages share the shell's JavaScript; the questionnaire and results carry the engine. */
export type RouteKind = "content" | "interactive" | "results";

export const jsRatioBudget: Record<RouteKind, number> = {
  content: 1.15,
  interactive: 1.5,
  results: 1.5,
};

/** Every page's stylesheets together, gzip: under 25 kB. */
export const cssBudgetBytes = 25_000;

export const lighthouseCategories = ["performance", "accessibility", "best-practices"] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

/** Minimum Lighthouse scores (0–100) on each page that Lighthouse runs on (`npm run bench`). */
export const lighthouseBudget: Record<LighthouseCategory, number> = {
  performance: 90,
  accessibility: 100,
  "best-practices": 100,
};

export interface BudgetedRoute {
  label: string;
  /** Path after the language: "/cases/faxe"; "/" for the front page. */
  path: string;
  kind: RouteKind;
  /** Lighthouse runs on this page, with an empty browser or with the example assessment stored. */
  lighthouse?: "empty-storage" | "stored-assessment";
}

/**
 * The routes held to a budget. The front page and the case pages are named by the budget; the
 * method and accessibility pages are the same kind of page (server-rendered text in the shell)
 * and are held to the same figure.
 */
export const budgetedRoutes: BudgetedRoute[] = [
  { label: "Front page", path: "/", kind: "content", lighthouse: "empty-storage" },
  { label: "Case catalogue", path: "/cases", kind: "content" },
  { label: "Case page (faxe)", path: "/cases/faxe", kind: "content" },
  { label: "Method", path: "/method", kind: "content" },
  { label: "Accessibility statement", path: "/accessibility", kind: "content" },
  {
    label: "Questionnaire, first step",
    path: "/assessment/profile",
    kind: "interactive",
    lighthouse: "empty-storage",
  },
  {
    label: "Results (stored assessment)",
    path: "/results",
    kind: "results",
    lighthouse: "stored-assessment",
  },
];

export function localizeRoute(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export type BudgetStatus = "OK" | "OVER";

export function checkAtMost(value: number, limit: number): BudgetStatus {
  return value <= limit ? "OK" : "OVER";
}

export function checkBelow(value: number, limit: number): BudgetStatus {
  return value < limit ? "OK" : "OVER";
}

export function checkAtLeast(value: number, limit: number): BudgetStatus {
  return value >= limit ? "OK" : "OVER";
}
