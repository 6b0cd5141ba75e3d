import type { Locale } from "@/lib/schemas/common";
import { compileMessages } from "./compile-messages";
import { memoizeByLocale } from "./per-locale";
import daAccessibility from "@/content/messages/da/accessibility.json";
import daAssessment from "@/content/messages/da/assessment.json";
import daCases from "@/content/messages/da/cases.json";
import daCommon from "@/content/messages/da/common.json";
import daHome from "@/content/messages/da/home.json";
import daMethod from "@/content/messages/da/method.json";
import daResults from "@/content/messages/da/results.json";
import enAccessibility from "@/content/messages/en/accessibility.json";
import enAssessment from "@/content/messages/en/assessment.json";
import enCases from "@/content/messages/en/cases.json";
import enCommon from "@/content/messages/en/common.json";
import enHome from "@/content/messages/en/home.json";
import enMethod from "@/content/messages/en/method.json";
import enResults from "@/content/messages/en/results.json";

/**
 * UI messages, one JSON file per namespace and language under content/messages/.
 * Add a namespace by importing its two files here; a test checks that both languages have the
 * same keys.
 */
export const messagesByLocale = {
  da: {
    common: daCommon,
    home: daHome,
    cases: daCases,
    method: daMethod,
    accessibility: daAccessibility,
    assessment: daAssessment,
    results: daResults,
  },
  en: {
    common: enCommon,
    home: enHome,
    cases: enCases,
    method: enMethod,
    accessibility: enAccessibility,
    assessment: enAssessment,
    results: enResults,
  },
} satisfies Record<Locale, Record<string, unknown>>;

type Messages = (typeof messagesByLocale)[Locale];

/**
 * Namespaces that only the static pages' server components read. They are not sent to the
 * browser; every other namespace is, for the client components that need it ("cases" too: the
 * results page shows case cards).
 */
const serverOnlyNamespaces = [
  "home",
  "method",
  "accessibility",
] as const satisfies readonly (keyof Messages)[];

/** The messages next-intl formats (server and client alike): compiled, see compile-messages.ts. */
export function formatterMessages(locale: Locale): Messages {
  return compileMessages(messagesByLocale[locale]);
}

/** The messages client components can use, compiled: everything but the static pages' texts. */
export const pickClientMessages: (locale: Locale) => Partial<Messages> = memoizeByLocale((locale) => {
  const picked: Partial<Messages> = { ...formatterMessages(locale) };
  for (const namespace of serverOnlyNamespaces) delete picked[namespace];
  return picked;
});
