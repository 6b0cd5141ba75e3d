import { createHash } from "node:crypto";
import { content } from "@/content";
import { localizeContent } from "@/lib/content/localize-content";
import { pickQuestionnaireContent, type QuestionnaireContent } from "@/lib/content/questionnaire-content";
import { pickResultsContent, type ResultsContent } from "@/lib/content/results-content";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";
import { memoizeByLocale } from "./per-locale";

/**
 * The content the questionnaire and the results get from the server, in the page's language
 * only: the client components read it from BrowserAssessmentProvider instead of importing
 * "@/content", which would put the whole content, in both languages, into their JavaScript.
 */
export const pickClientContent: (locale: Locale) => Content = memoizeByLocale((locale) =>
  localizeContent(content, locale),
);

/** The questionnaire's part of the content (see QuestionnaireContent), in the page's language. */
export const pickClientQuestionnaireContent: (locale: Locale) => QuestionnaireContent = memoizeByLocale(
  (locale) => pickQuestionnaireContent(pickClientContent(locale)),
);

/** The results' part of the content (see ResultsContent), in the page's language. */
export const pickClientResultsContent: (locale: Locale) => ResultsContent = memoizeByLocale((locale) =>
  pickResultsContent(pickClientContent(locale)),
);

/**
 * The parts of the content the browser loads: the questionnaire's, the results', and all of it
 * (for the pages that build the report's presentation model in the browser: team, compare,
 * portfolio and shared links).
 */
export type ClientContentPart = "questionnaire" | "results" | "report";

export interface ClientContentFile {
  /** Where the browser loads it: changes whenever the content does, so it can be cached for good. */
  url: string;
  /** The content's hash, the address's last part. */
  hash: string;
  /** The JSON the address answers with. */
  body: string;
}

function makeContentFile(
  part: ClientContentPart,
  locale: Locale,
  partContent: QuestionnaireContent | ResultsContent | Content,
): ClientContentFile {
  const body = JSON.stringify(partContent);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { url: `/api/content/${part}/${locale}/${hash}`, hash, body };
}

const contentFiles: Record<ClientContentPart, (locale: Locale) => ClientContentFile> = {
  questionnaire: memoizeByLocale((locale) =>
    makeContentFile("questionnaire", locale, pickClientQuestionnaireContent(locale)),
  ),
  results: memoizeByLocale((locale) => makeContentFile("results", locale, pickClientResultsContent(locale))),
  report: memoizeByLocale((locale) => makeContentFile("report", locale, pickClientContent(locale))),
};

export function isClientContentPart(value: string): value is ClientContentPart {
  return Object.hasOwn(contentFiles, value);
}

/**
 * The questionnaire's or the results' content in one language, as a file the browser loads
 * beside the page rather than inside it. Inside, as the page's server data, it was 70-90 kB of
 * script the browser had to parse and run on its main thread before the page could respond
 * (docs/performance.md); as a file it is parsed as JSON and cached across pages and visits.
 */
export function clientContentFile(part: ClientContentPart, locale: Locale): ClientContentFile {
  return contentFiles[part](locale);
}
