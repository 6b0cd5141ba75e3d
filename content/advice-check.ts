import type { LocalizedText } from "@/lib/schemas/common";

/**
 * How an advice check turns the score on the advice's own questions into an outcome: followed
 * from ADVICE_PASS_FROM, partly from ADVICE_WARN_FROM, not followed below. Answer rules
 * (content/advice-rules.ts) can lower the outcome. The method page states both thresholds.
 */
export const ADVICE_PASS_FROM = 70;
export const ADVICE_WARN_FROM = 40;

/** The sentences that explain an advice check's score; the engine fills {placeholders}. */
export const adviceCheckTexts = {
  score: {
    da: "Scoren er {score} ud af 100 på spørgsmålene under dette råd. Fra {pass} er rådet fulgt, fra {warn} delvist.",
    en: "Score {score} of 100 on this advice's questions. From {pass} the advice is followed, from {warn} partly.",
  },
  noneApply: {
    da: "Ingen af spørgsmålene under dette råd gælder for projektet, så det kan ikke vurderes.",
    en: "None of this advice's questions apply to the project, so it cannot be checked.",
  },
  tooFewAnswers: {
    da: "For få svar: {answered} af {applicable} spørgsmål er besvaret, og der skal mindst {needed} til for at give en score.",
    en: "Not enough answers: {answered} of {applicable} questions answered, and a score needs at least {needed}.",
  },
} as const satisfies Record<string, LocalizedText>;
