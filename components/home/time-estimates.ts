import { content } from "@/content";
import { quickCheck, quickCheckUsualQuestionIds } from "@/content/quick-check";
import { timeEstimateRule } from "@/content/time-estimate";
import { estimateTime, type TimeEstimate } from "@/lib/content/estimate-time";
import type { Locale } from "@/lib/schemas/common";
import { assessmentStepIds } from "@/lib/storage/steps";

export interface TimeEstimates {
  quick: TimeEstimate & { pages: number };
  full: TimeEstimate & { pages: number };
}

/**
 * The quick check's and the full assessment's times by the stated rule, from the questions they
 * ask in `locale` (server only: it reads the questions' help texts). The full assessment counts
 * every question, the conditional ones too: the most a project can be asked.
 */
export function readTimeEstimates(locale: Locale): TimeEstimates {
  // The quick check as most projects meet it; a generative-AI project is asked three more.
  const quick = content.questions.filter((question) => quickCheckUsualQuestionIds.includes(question.id));
  return {
    quick: {
      ...estimateTime(quick, content.vocabulary, timeEstimateRule, locale),
      pages: quickCheck.screens.length,
    },
    full: {
      ...estimateTime(content.questions, content.vocabulary, timeEstimateRule, locale),
      pages: assessmentStepIds.length,
    },
  };
}
