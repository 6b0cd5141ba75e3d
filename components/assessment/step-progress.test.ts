import { describe, expect, it } from "vitest";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import type { Answers } from "@/lib/schemas/answers";
import { fixtureContent } from "./test-utils";
import { listStepQuestions, measureStepProgress } from "./step-progress";

const progress = (answers: Answers) =>
  measureStepProgress(
    fixtureContent,
    "data-technology",
    answers,
    visibleQuestionIds(fixtureContent, answers),
    "",
  );

describe("a step's progress in the step indicator", () => {
  it("counts a follow-up question while the answer that decides it is still open, so the total never grows", () => {
    expect(progress({})).toMatchObject({ shown: 2, answered: 0, complete: false });
    expect(progress({ "fx-has-data": { type: "option", value: "yes" } })).toMatchObject({
      shown: 2,
      answered: 1,
    });
    expect(progress({ "fx-has-data": { type: "option", value: "no" } })).toEqual({
      shown: 1,
      answered: 1,
      complete: true,
    });
  });

  it("asks the profile on two pages, every profile question on exactly one", () => {
    const first = listStepQuestions(fixtureContent, "profile").map((question) => question.id);
    const second = listStepQuestions(fixtureContent, "profile-solution").map((question) => question.id);
    const profile = fixtureContent.questions.filter((question) => question.section === "profile");
    expect(first.length).toBeGreaterThan(2);
    expect(second.length).toBeGreaterThan(2);
    expect([...first, ...second].sort()).toEqual(profile.map((question) => question.id).sort());
  });
});
