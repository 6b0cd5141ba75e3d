import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { quickCheckUsualQuestionIds } from "@/content/quick-check";
import { timeEstimateRule } from "@/content/time-estimate";
import type { Question } from "../schemas/question";
import { countQuestionWords, countWords, estimateTime } from "./estimate-time";

const rule = { wordsPerMinute: 100, secondsPerAnswer: 30, meetingFactor: 2, roundToMinutes: 5 };

function question(overrides: Partial<Question> = {}): Question {
  return {
    id: "q",
    section: "legal",
    text: { da: "Er hjemlen afklaret?", en: "Is the legal basis clarified?" },
    help: { da: "Spørg jeres jurist.", en: "Ask your lawyer." },
    offersDontKnow: true,
    offersNotApplicable: false,
    options: [
      { id: "a", label: { da: "Nej", en: "No" }, points: 0 },
      { id: "b", label: { da: "Ja, skriftligt", en: "Yes, in writing" }, points: 2 },
    ],
    weight: 1,
    recommendation: { da: "Afklar den.", en: "Clarify it." },
    ...overrides,
  } as Question;
}

describe("the time estimate", () => {
  it("counts words, not dashes or stray punctuation", () => {
    expect(countWords("Hvem – og hvor mange – skal med?")).toBe(6);
    expect(countWords("  ")).toBe(0);
  });

  it("counts the question, its help, its case example and its options", () => {
    expect(countQuestionWords(question(), content.vocabulary, "da")).toBe(3 + 3 + 1 + 2);
    const withExample = question({ caseExample: { case: "atp", text: { da: "ATP gjorde det.", en: "x" } } });
    expect(countQuestionWords(withExample, content.vocabulary, "da")).toBe(9 + 3);
  });

  it("grows with every word the content adds, and rounds up to whole five minutes", () => {
    // 9 words at 100 a minute + 30 s = 0.59 min: 5 minutes; a meeting: 5 too.
    expect(estimateTime([question()], content.vocabulary, rule, "da")).toEqual({
      questions: 1,
      words: 9,
      minutes: 5,
      meetingMinutes: 5,
    });
    const long = question({ help: { da: "ord ".repeat(500), en: "x" } });
    // 506 words: 5.06 + 0.5 = 5.56 min: 10 minutes; a meeting 11.12: 15.
    expect(estimateTime([long], content.vocabulary, rule, "da")).toMatchObject({
      words: 506,
      minutes: 10,
      meetingMinutes: 15,
    });
  });

  it("gives the quick check and the full assessment times that follow from the content", () => {
    const quick = content.questions.filter((q) => quickCheckUsualQuestionIds.includes(q.id));
    for (const locale of ["da", "en"] as const) {
      const quickTime = estimateTime(quick, content.vocabulary, timeEstimateRule, locale);
      const fullTime = estimateTime(content.questions, content.vocabulary, timeEstimateRule, locale);
      const words = (qs: readonly Question[]) =>
        qs.reduce((sum, q) => sum + countQuestionWords(q, content.vocabulary, locale), 0);
      expect(quickTime.questions).toBe(quickCheckUsualQuestionIds.length);
      expect(quickTime.words).toBe(words(quick));
      expect(fullTime.questions).toBe(content.questions.length);
      expect(fullTime.words).toBe(words(content.questions));
      const exact =
        fullTime.words / timeEstimateRule.wordsPerMinute +
        (fullTime.questions * timeEstimateRule.secondsPerAnswer) / 60;
      expect(fullTime.minutes).toBeGreaterThanOrEqual(exact);
      expect(fullTime.minutes - exact).toBeLessThan(timeEstimateRule.roundToMinutes);
      expect(quickTime.minutes).toBeLessThan(fullTime.minutes);
    }
  });
});
