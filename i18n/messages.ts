import type { Locale } from "@/lib/schemas/common";
import { compileMessages } from "./compile-messages";
import { memoizeByLocale } from "./per-locale";
import daAccessibility from "@/content/messages/da/accessibility.json";
import daAssessment from "@/content/messages/da/assessment.json";
import daBefore from "@/content/messages/da/before.json";
import daBusinessCase from "@/content/messages/da/business-case.json";
import daBusinessCaseSummary from "@/content/messages/da/business-case-summary.json";
import daCases from "@/content/messages/da/cases.json";
import daCommon from "@/content/messages/da/common.json";
import daHome from "@/content/messages/da/home.json";
import daMethod from "@/content/messages/da/method.json";
import daQuickCheck from "@/content/messages/da/quick-check.json";
import daResults from "@/content/messages/da/results.json";
import daTeam from "@/content/messages/da/team.json";
import daCompare from "@/content/messages/da/compare.json";
import daPortfolio from "@/content/messages/da/portfolio.json";
import daShare from "@/content/messages/da/share.json";
import enAccessibility from "@/content/messages/en/accessibility.json";
import enAssessment from "@/content/messages/en/assessment.json";
import enBefore from "@/content/messages/en/before.json";
import enBusinessCase from "@/content/messages/en/business-case.json";
import enBusinessCaseSummary from "@/content/messages/en/business-case-summary.json";
import enCases from "@/content/messages/en/cases.json";
import enCommon from "@/content/messages/en/common.json";
import enHome from "@/content/messages/en/home.json";
import enMethod from "@/content/messages/en/method.json";
import enQuickCheck from "@/content/messages/en/quick-check.json";
import enResults from "@/content/messages/en/results.json";
import enTeam from "@/content/messages/en/team.json";
import enCompare from "@/content/messages/en/compare.json";
import enPortfolio from "@/content/messages/en/portfolio.json";
import enShare from "@/content/messages/en/share.json";

/**
 * UI messages, one JSON file per namespace and language under content/messages/.
 * Add a namespace by importing its two files here; a test checks that both languages have the
 * same keys.
 */
export const messagesByLocale = {
  da: {
    common: daCommon,
    home: daHome,
    before: daBefore,
    cases: daCases,
    method: daMethod,
    accessibility: daAccessibility,
    assessment: daAssessment,
    quickCheck: daQuickCheck,
    results: daResults,
    businessCase: daBusinessCase,
    businessCaseSummary: daBusinessCaseSummary,
    team: daTeam,
    compare: daCompare,
    portfolio: daPortfolio,
    share: daShare,
  },
  en: {
    common: enCommon,
    home: enHome,
    before: enBefore,
    cases: enCases,
    method: enMethod,
    accessibility: enAccessibility,
    assessment: enAssessment,
    quickCheck: enQuickCheck,
    results: enResults,
    businessCase: enBusinessCase,
    businessCaseSummary: enBusinessCaseSummary,
    team: enTeam,
    compare: enCompare,
    portfolio: enPortfolio,
    share: enShare,
  },
} satisfies Record<Locale, Record<string, unknown>>;

type Messages = (typeof messagesByLocale)[Locale];

/**
 * The namespaces each page with client components sends to the browser: what its client
 * components read (components/assessment uses "assessment", components/results "results", the
 * layout's and the UI kit's client components "common"). The other namespaces are read only by
 * server components. The results page shows some of the questionnaire's components (import,
 * export, storage problems), so it needs "assessment" too.
 */
export const clientNamespaces = {
  questionnaire: ["common", "assessment"],
  quickCheck: ["common", "assessment", "quickCheck"],
  results: ["common", "assessment", "results", "businessCaseSummary", "quickCheck", "share", "compare"],
  businessCase: ["common", "assessment", "businessCase"],
  team: ["common", "assessment", "team"],
  compare: ["common", "assessment", "results", "compare"],
  portfolio: ["common", "assessment", "portfolio"],
  shared: ["common", "assessment", "results", "businessCaseSummary", "quickCheck", "share", "compare"],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type ClientPage = keyof typeof clientNamespaces;

/** The messages next-intl formats (server and client alike): compiled, see compile-messages.ts. */
export function formatterMessages(locale: Locale): Messages {
  return compileMessages(messagesByLocale[locale]);
}

const clientMessagesByPage = Object.fromEntries(
  Object.entries(clientNamespaces).map(([page, namespaces]) => [
    page,
    memoizeByLocale((locale): Partial<Messages> => {
      const all = formatterMessages(locale);
      return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
    }),
  ]),
) as Record<ClientPage, (locale: Locale) => Partial<Messages>>;

/** The messages, compiled, that `page`'s client components read (see clientNamespaces). */
export function pickClientMessages(locale: Locale, page: ClientPage): Partial<Messages> {
  return clientMessagesByPage[page](locale);
}
