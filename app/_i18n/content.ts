import { content } from "@/content";
import { localizeContent } from "@/lib/content/localize-content";
import { pickQuestionnaireContent, type QuestionnaireContent } from "@/lib/content/questionnaire-content";
import type { Locale } from "@/lib/schemas/common";
import type { Content } from "@/lib/schemas/content";

const byLocale = new Map<Locale, Content>();

/**
 * The content the questionnaire and the results get from the server, in the page's language
 * only: the client components read it from BrowserAssessmentProvider instead of importing
 * "@/content", which would put the whole content, in both languages, into their JavaScript.
 */
export function pickClientContent(locale: Locale): Content {
  let localized = byLocale.get(locale);
  if (!localized) {
    localized = localizeContent(content, locale);
    byLocale.set(locale, localized);
  }
  return localized;
}

const questionnaireByLocale = new Map<Locale, QuestionnaireContent>();

/** The questionnaire's part of the content (see QuestionnaireContent), in the page's language. */
export function pickClientQuestionnaireContent(locale: Locale): QuestionnaireContent {
  let picked = questionnaireByLocale.get(locale);
  if (!picked) {
    picked = pickQuestionnaireContent(pickClientContent(locale));
    questionnaireByLocale.set(locale, picked);
  }
  return picked;
}
