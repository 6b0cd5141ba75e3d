import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { localizeContent } from "./localize-content";
import { isScored } from "@/lib/schemas/question-kind";
import { pickQuestionnaireContent } from "./questionnaire-content";

describe("the questionnaire's part of the content", () => {
  const picked = pickQuestionnaireContent(content);

  it("keeps every question as it is asked, without the plan's recommendation, and every section", () => {
    expect(picked.questions).toEqual(
      content.questions.map((question) => {
        if (!isScored(question)) return question;
        const { recommendation, recommendationCase, ...asked } = question;
        expect(recommendation.da && recommendation.en).toBeTruthy();
        expect(recommendationCase === undefined || typeof recommendationCase === "string").toBe(true);
        return asked;
      }),
    );
    expect(picked.questions.filter((question) => "recommendation" in question)).toEqual([]);
    expect(picked.vocabulary).toBe(content.vocabulary);
    expect(picked.prerequisites).toBe(content.prerequisites);
    expect(picked.advice).toBe(content.advice);
    expect(picked.version).toBe(content.version);
  });

  it("can name, in both languages, the organisation of every case a question gives as an example", () => {
    const cited = content.questions.flatMap((question) =>
      question.caseExample ? [question.caseExample.case] : [],
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) {
      const found = picked.cases.find((entry) => entry.id === id);
      expect(found?.organisation.da, id).toBeTruthy();
      expect(found?.organisation.en, id).toBeTruthy();
    }
  });

  it("leaves out what only the results use, so a questionnaire page carries much less data", () => {
    expect(Object.keys(picked).sort()).toEqual([
      "advice",
      "cases",
      "prerequisites",
      "questions",
      "version",
      "vocabulary",
    ]);
    expect(picked.cases.every((entry) => Object.keys(entry).sort().join() === "id,organisation")).toBe(true);
    const size = (value: unknown) => JSON.stringify(value).length;
    const localized = localizeContent(content, "da");
    expect(size(pickQuestionnaireContent(localized))).toBeLessThan(0.5 * size(localized));
  });
});
