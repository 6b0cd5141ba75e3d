import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { messagesByLocale } from "@/i18n/messages";
import { readAnswer } from "@/lib/engine/conditions";
import { createReportContext } from "@/lib/report/report-context";
import { describeAnswer } from "@/lib/report/describe-answer";
import { assessmentStepIds, type QuestionStepId } from "@/lib/storage/steps";
import { assessExample, exampleFiles } from "@/tests/support/shown-answer";
import { buildStepRows } from "./review-rows";

const questionSteps = assessmentStepIds.filter((step): step is QuestionStepId => step !== "review");

describe("the review step's answers", () => {
  for (const locale of ["da", "en"] as const) {
    it(`are worded as the report words them, for every answer of every example (${locale})`, () => {
      const review = messagesByLocale[locale].assessment;
      const labels = {
        dontKnow: review.question.dontKnow,
        notApplicable: review.question.notApplicable,
        unanswered: review.review.unanswered,
        unknownOption: review.review.unknownOption,
      };
      const everyQuestion = new Set(content.questions.map((question) => question.id));
      let compared = 0;
      for (const file of exampleFiles) {
        const { doc, result } = assessExample(file, locale);
        const context = createReportContext(doc, result, content, locale, "2026-12-07");
        for (const step of questionSteps) {
          for (const row of buildStepRows(content, step, doc, everyQuestion, locale, labels)) {
            const question = content.questions.find((entry) => entry.id === row.id);
            if (!question) throw new Error(`no question ${row.id}`);
            const report = describeAnswer(question, readAnswer(doc.answers, row.id), true, context);
            expect(row.value, `${file} ${row.id}`).toBe(report.text);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(exampleFiles.length * 40);
    });
  }
});
