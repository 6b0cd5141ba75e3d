import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "../engine/assess-project";
import { validateAnswers } from "../engine/validate-answers";
import type { AnswersDocument } from "../schemas/answers";
import { diffProgress, explainVersionChange } from "./diff-results";
import { summarizeResult } from "./summarize-result";

function example(name: string): AnswersDocument {
  const result = validateAnswers(
    JSON.parse(readFileSync(join(__dirname, "../../examples", `${name}.json`), "utf8")),
    content,
    "da",
  );
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.doc;
}

const order = content.questions.map((question) => question.id);
const current = example("faxe");
const currentResult = assessProject(current, content);

/** The Faxe answers, three of the planned actions answered with the weakest option instead. */
function earlierOf(document: AnswersDocument): AnswersDocument {
  const answers = { ...document.answers };
  const improvable = content.questions.filter(
    (question) =>
      question.section !== "profile" &&
      document.answers[question.id]?.type === "option" &&
      !currentResult.plan.some((action) => action.questionId === question.id),
  );
  for (const question of improvable.slice(0, 3)) {
    if (question.section === "profile") continue;
    const weakest = [...question.options].sort((a, b) => a.points - b.points)[0];
    if (weakest) answers[question.id] = { type: "option", value: weakest.id };
  }
  return { ...document, answers, updatedAt: "2026-10-01T09:00:00.000Z" };
}

describe("progress between two files of one project", () => {
  const earlier = earlierOf(current);
  const earlierResult = assessProject(earlier, content);
  const diff = diffProgress(
    { document: earlier, result: earlierResult },
    { document: current, result: currentResult },
    order,
  );

  it("lists every changed answer, in questionnaire order", () => {
    expect(diff.changedAnswers).toHaveLength(3);
    const positions = diff.changedAnswers.map((change) => order.indexOf(change.questionId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("shows the scores rising and the plan's actions that are now done", () => {
    const overallRose = (diff.overall.to ?? 0) >= (diff.overall.from ?? 0);
    expect(overallRose).toBe(true);
    expect(diff.scores.some((score) => (score.to ?? 0) > (score.from ?? 0))).toBe(true);
    expect(diff.actionsDone.length).toBeGreaterThan(0);
    for (const id of diff.actionsDone) expect(currentResult.plan.map((a) => a.questionId)).not.toContain(id);
  });

  it("finds nothing changed between a file and itself", () => {
    const same = diffProgress(
      { document: current, result: currentResult },
      { document: current, result: currentResult },
      order,
    );
    expect(same.changedAnswers).toEqual([]);
    expect(same.actionsDone).toEqual([]);
    expect(same.blockersCleared).toEqual([]);
    expect(same.blockersNew).toEqual([]);
  });
});

describe("a result computed under an older model or content version", () => {
  it("says nothing when the versions are today's", () => {
    expect(explainVersionChange(summarizeResult(currentResult, new Date()), currentResult)).toBeNull();
    expect(explainVersionChange(undefined, currentResult)).toBeNull();
  });

  it("names the versions that changed and what the result now says differently", () => {
    const stored = {
      ...summarizeResult(currentResult, new Date("2026-06-01T09:00:00Z")),
      contentVersion: "2026.06.1",
      overall: 12,
      level: "not-ready",
      blockerIds: ["made-up-blocker"],
    };
    const change = explainVersionChange(stored, currentResult);
    expect(change?.contentChanged).toEqual({ from: "2026.06.1", to: currentResult.contentVersion });
    expect(change?.modelChanged).toBeNull();
    expect(change?.resultDiffers).toBe(true);
    expect(change?.overall).toEqual({ from: 12, to: currentResult.overall.score });
    expect(change?.blockersCleared).toEqual(["made-up-blocker"]);
  });
});
