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
