import { messagesByLocale } from "@/i18n/messages";
import type { Locale } from "@/lib/schemas/common";

/** The resume notice's texts in one language; templates keep their {title} and {time}. */
export interface ResumeTexts {
  heading: string;
  text: string;
  textUntitled: string;
  savedAt: string;
  continue: string;
  results: string;
  /** The info icon's text alternative. */
  iconLabel: string;
}

/** Picked on the server and handed to the notice, which then needs no message library. */
export function pickResumeTexts(locale: Locale): ResumeTexts {
  const messages = messagesByLocale[locale];
  return { ...messages.assessment.resume, iconLabel: messages.common.alert.info };
}
