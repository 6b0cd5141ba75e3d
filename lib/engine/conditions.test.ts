import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import type { Content } from "../schemas/content";
import { evaluateCondition, readAnswer, referencedQuestionIds, visibleQuestionIds } from "./conditions";
import { fixtureContent, fixtureQuestion } from "./fixtures/content";
import { dontKnow, notApplicable, option, options } from "./fixtures/answers";

describe("evaluateCondition", () => {
  const answers: Answers = {
    "personal-data": option("ordinary"),
    technology: options("ocr", "generative-ai"),
    "dt-data-access": dontKnow,
    "sc-other-units": notApplicable,
  };

  it("matches a single-choice answer by its option id", () => {
    expect(
      evaluateCondition({ question: "personal-data", in: ["ordinary", "special-category"] }, answers),
    ).toBe(true);
    expect(evaluateCondition({ question: "personal-data", in: ["none"] }, answers)).toBe(false);
  });

  it("matches a multi-choice answer when any chosen value is listed", () => {
    expect(evaluateCondition({ question: "technology", in: ["generative-ai"] }, answers)).toBe(true);
    expect(evaluateCondition({ question: "technology", in: ["computer-vision"] }, answers)).toBe(false);
  });

  it("matches the special answers by their names", () => {
    expect(evaluateCondition({ question: "dt-data-access", in: ["dont-know"] }, answers)).toBe(true);
    expect(evaluateCondition({ question: "dt-data-access", in: ["none"] }, answers)).toBe(false);
    expect(evaluateCondition({ question: "sc-other-units", in: ["not-applicable"] }, answers)).toBe(true);
  });

  it("lets an unanswered question match nothing, so only its negation holds", () => {
    expect(
      evaluateCondition({ question: "audience", in: ["internal", "dont-know", "not-applicable"] }, answers),
    ).toBe(false);
    expect(evaluateCondition({ not: { question: "audience", in: ["internal"] } }, answers)).toBe(true);
  });

  it("combines parts with all, any and not", () => {
    const both = {
      all: [
        { question: "personal-data", in: ["ordinary"] },
        { question: "technology", in: ["ocr"] },
      ],
    };
    const either = {
      any: [
        { question: "personal-data", in: ["none"] },
        { question: "technology", in: ["ocr"] },
      ],
    };
    expect(evaluateCondition(both, answers)).toBe(true);
    expect(
      evaluateCondition({ all: [...both.all, { question: "audience", in: ["internal"] }] }, answers),
    ).toBe(false);
    expect(evaluateCondition(either, answers)).toBe(true);
    expect(evaluateCondition({ not: either }, answers)).toBe(false);
  });

  it("sees a question outside the visible ids as unanswered", () => {
    const condition = { question: "personal-data", in: ["ordinary"] };
    expect(evaluateCondition(condition, answers, new Set(["technology"]))).toBe(false);
    expect(evaluateCondition(condition, answers, new Set(["personal-data"]))).toBe(true);
  });

  it("does not mistake inherited object keys for answers", () => {
    expect(readAnswer({}, "constructor")).toBeUndefined();
    expect(evaluateCondition({ question: "constructor", in: ["x"] }, {})).toBe(false);
  });

  it("lists the questions a condition refers to once each", () => {
    expect(
      referencedQuestionIds({
        all: [
          { question: "a", in: ["x"] },
          { any: [{ question: "b", in: ["y"] }, { not: { question: "a", in: ["z"] } }] },
        ],
      }),
    ).toEqual(["a", "b"]);
  });
});

describe("visibleQuestionIds", () => {
  it("hides the legal-basis questions until the project processes personal data", () => {
    const none = visibleQuestionIds(fixtureContent, { "personal-data": option("none") });
    const ordinary = visibleQuestionIds(fixtureContent, { "personal-data": option("ordinary") });
    expect(none.has("legal-basis-operation")).toBe(false);
    expect(none.has("legal-ai-act-classified")).toBe(true);
    expect(ordinary.has("legal-basis-operation")).toBe(true);
  });

  it("hides a question whose showIf refers to a hidden question", () => {
    const chained: Pick<Content, "questions"> = {
      questions: [
        ...fixtureContent.questions,
        {
          ...fixtureQuestion("org-owner"),
          id: "org-owner-follow-up",
          showIf: { question: "legal-basis-operation", in: ["clarified"] },
        },
      ],
    };
    const answers: Answers = {
      "personal-data": option("ordinary"),
      "legal-basis-operation": option("clarified"),
    };
    expect(visibleQuestionIds(chained, answers).has("org-owner-follow-up")).toBe(true);
    const hiddenParent = { ...answers, "personal-data": option("none") };
    expect(visibleQuestionIds(chained, hiddenParent).has("org-owner-follow-up")).toBe(false);
  });

  it("survives a cycle of showIfs in broken content", () => {
    const base = fixtureQuestion("org-owner");
    const cyclic: Pick<Content, "questions"> = {
      questions: [
        { ...base, id: "loop-a", showIf: { question: "loop-b", in: ["named"] } },
        { ...base, id: "loop-b", showIf: { question: "loop-a", in: ["named"] } },
      ],
    };
    const visible = visibleQuestionIds(cyclic, { "loop-a": option("named"), "loop-b": option("named") });
    expect(visible.has("loop-a") && visible.has("loop-b")).toBe(false);
  });
});
