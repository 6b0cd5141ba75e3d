import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "@/lib/engine/assess-project";
import { bestAnswers, makeDocument } from "@/lib/engine/fixtures/answers";
import { answersDocumentSchema } from "@/lib/schemas/answers";
import { migrateAnswersDocument } from "@/lib/schemas/migrate-answers-document";
import { localizeContent } from "./localize-content";
import { isQuestionnaireContent, pickQuestionnaireContent } from "./questionnaire-content";
import { isResultsContent, pickResultsContent } from "./results-content";

describe("the results' part of the content", () => {
  const picked = pickResultsContent(content);

  it("gives the engine what it needs: the same result as with all of the content", () => {
    const examples = ["faxe", "naestved", "atp"].map((name) =>
      answersDocumentSchema.parse(
        migrateAnswersDocument(
          JSON.parse(readFileSync(join(__dirname, "../../examples", `${name}.json`), "utf8")),
        ),
      ),
    );
    for (const doc of [...examples, makeDocument({}), makeDocument(bestAnswers(content))]) {
      const result = assessProject(doc, picked);
      expect(result.matches.length).toBe(content.cases.length);
      expect(result).toEqual(assessProject(doc, content));
    }
  });

  it("keeps everything but the questions' help and examples and the cases' descriptions, figures and sources", () => {
    const { cases, questions, ...rest } = picked;
    const { cases: allCases, questions: allQuestions, ...allRest } = content;
    expect(rest).toEqual(allRest);
    expect(questions).toEqual(
      allQuestions.map(({ help: _help, caseExample: _caseExample, ...question }) => question),
    );
    expect(cases.map((entry) => entry.id)).toEqual(allCases.map((entry) => entry.id));
    for (const entry of cases) {
      expect(Object.keys(entry).sort()).toEqual([
        "id",
        "lessons",
        "order",
        "organisation",
        "prerequisites",
        "profile",
        "title",
      ]);
      expect(entry.organisation.da && entry.organisation.en && entry.title.da && entry.title.en).toBeTruthy();
    }
  });

  it("makes the results page's data at least a quarter smaller", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    const localized = localizeContent(content, "da");
    expect(size(pickResultsContent(localized))).toBeLessThan(0.75 * size(localized));
  });

  it("tells the results' content from the questionnaire's part; all of the content is both", () => {
    const questionnaire = pickQuestionnaireContent(content);
    expect([isResultsContent(picked), isQuestionnaireContent(picked)]).toEqual([true, false]);
    expect([isResultsContent(questionnaire), isQuestionnaireContent(questionnaire)]).toEqual([false, true]);
    expect([isResultsContent(content), isQuestionnaireContent(content)]).toEqual([true, true]);
  });
});
