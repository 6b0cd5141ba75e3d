import { describe, expect, it } from "vitest";
import type { Answers } from "../schemas/answers";
import { checkAdvice } from "./check-advice";
import { visibleQuestionIds } from "./conditions";
import { internalExtractionProfile, option, strongAnswers } from "./fixtures/answers";
import { fixtureContent } from "./fixtures/content";
import { scoreSections } from "./score-sections";
import type { AdviceCheckResult } from "./types";

function check(answers: Answers, id: AdviceCheckResult["id"]): AdviceCheckResult {
  const visible = visibleQuestionIds(fixtureContent, answers);
  const { advice } = scoreSections(fixtureContent, answers, visible);
  const result = checkAdvice(fixtureContent, answers, advice, visible).find((c) => c.id === id);
  if (!result) throw new Error(`no advice ${id}`);
  return result;
}

describe("checkAdvice", () => {
  it("passes all three pieces of advice for a strong project, explained by the score", () => {
    const answers = strongAnswers(fixtureContent);
    const visible = visibleQuestionIds(fixtureContent, answers);
    const checks = checkAdvice(
      fixtureContent,
      answers,
      scoreSections(fixtureContent, answers, visible).advice,
      visible,
    );
    expect(checks.map((c) => [c.id, c.outcome])).toEqual([
      ["start-small", "pass"],
      ["legal-early", "pass"],
      ["data-first", "pass"],
    ]);
    expect(checks[0]?.reasons).toEqual([
      {
        ruleId: null,
        text: {
          da: "Scoren er 100 ud af 100 på spørgsmålene under dette råd. Fra 70 er rådet fulgt, fra 40 delvist.",
          en: "Score 100 of 100 on this advice's questions. From 70 the advice is followed, from 40 partly.",
        },
      },
    ]);
  });

  it("warns from a middling score and names the weakest answer", () => {
    const answers = { ...strongAnswers(fixtureContent), "df-data-assessed": option("no") };
    const result = check(answers, "data-first");
    expect(result).toMatchObject({ outcome: "warn", score: 50, decidingQuestionIds: ["df-data-assessed"] });
    expect(result.reasons.map((reason) => reason.ruleId)).toEqual([null]);
    expect(result.reasons[0]?.text.da).toContain("Scoren er 50 ud af 100");
  });

  it("fails below 40", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
      "ss-boring-use-case": option("no"),
      "ss-reuse-checked": option("partly"),
    };
    const result = check(answers, "start-small");
    expect(result).toMatchObject({ outcome: "fail", score: 25, decidingQuestionIds: ["ss-boring-use-case"] });
  });

  it("lets a rule lower a passing score to warn and says why", () => {
    const answers = { ...strongAnswers(fixtureContent), audience: option("citizens-interact") };
    const result = check(answers, "start-small");
    expect(result.outcome).toBe("warn");
    expect(result.score).toBe(100);
    expect(result.reasons).toEqual([
      {
        ruleId: "small-citizens-interact",
        text: { da: "Borgerne bruger løsningen direkte.", en: "Citizens use the solution directly." },
      },
    ]);
    expect(result.decidingQuestionIds).toEqual(["audience"]);
  });

  it("lets fail beat warn when several rules fire", () => {
    const answers = {
      ...strongAnswers(fixtureContent),
      "dt-data-volume": option("too-little"),
      "dt-data-access": option("partial"),
    };
    const result = check(answers, "data-first");
    expect(result.outcome).toBe("fail");
    expect(result.reasons.map((reason) => reason.ruleId)).toEqual(["data-too-little", "data-access-partial"]);
    expect(result.decidingQuestionIds).toEqual(["dt-data-access", "dt-data-volume"]);
  });

  it("says not enough answers, and which questions to answer, when nothing decides", () => {
    const empty = check({}, "legal-early");
    expect(empty.outcome).toBe("not-enough-answers");
    expect(empty.score).toBeNull();
    expect(empty.reasons[0]?.ruleId).toBeNull();
    expect(empty.reasons[0]?.text.en).toBe(
      "Not enough answers: 0 of 1 questions answered, and a score needs at least 1.",
    );
    expect(empty.decidingQuestionIds).toEqual(["le-lawyer-involved"]);
  });

  it("takes the outcome from a rule when the score is missing", () => {
    const answers = { ...internalExtractionProfile, "legal-basis-operation": option("not-examined") };
    const result = check(answers, "legal-early");
    expect(result.score).toBeNull();
    expect(result.outcome).toBe("fail");
    expect(result.reasons.map((reason) => reason.ruleId)).toEqual(["lawearly-no-basis"]);
    expect(result.decidingQuestionIds).toEqual(["personal-data", "legal-basis-operation"]);
  });
});
