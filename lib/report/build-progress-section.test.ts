import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessProject } from "../engine/assess-project";
import { validateAnswers } from "../engine/validate-answers";
import type { AnswersDocument } from "../schemas/answers";
import { buildPresentation } from "./build-report-model";
import { buildProgressSection } from "./build-progress-section";

function example(name: string): AnswersDocument {
  const result = validateAnswers(JSON.parse(readFileSync(`examples/${name}.json`, "utf8")), content, "da");
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.doc;
}

const current = example("faxe");
const currentResult = assessProject(current, content);

/** The Faxe answers as they were: three answers not in today's plan had the weakest option. */
function earlierFile(): { document: AnswersDocument; changed: string[] } {
  const answers = { ...current.answers };
  const changed = content.questions
    .filter(
      (question) =>
        question.section !== "profile" &&
        current.answers[question.id]?.type === "option" &&
        !currentResult.plan.some((action) => action.questionId === question.id),
    )
    .slice(0, 3);
  for (const question of changed) {
    if (question.section === "profile") continue;
    const weakest = [...question.options].sort((a, b) => a.points - b.points)[0];
    if (weakest) answers[question.id] = { type: "option", value: weakest.id };
  }
  return {
    document: { ...current, answers, updatedAt: "2026-09-01T09:00:00.000Z" },
    changed: changed.map((question) => question.id),
  };
}

const earlier = earlierFile();
const earlierAssessed = { document: earlier.document, result: assessProject(earlier.document, content) };
const currentAssessed = { document: current, result: currentResult };

describe("the progress section", () => {
  it("shows the overall score rising and the three improved answers, earlier and now, in Danish", () => {
    const section = buildProgressSection(earlierAssessed, currentAssessed, content, "da");
    expect(section.heading).toBe("Udvikling siden den tidligere fil");
    expect(section.intro).toContain("1. september 2026");
    const overall = section.scores.rows.find((row) => row.id === "overall");
    expect(overall?.change).toMatch(/^\+\d/);
    expect(section.scores.rows).toHaveLength(2 + content.prerequisites.length);
    expect(section.answers.heading).toBe("3 svar er ændret");
    expect(section.answers.rows.map((row) => row.id)).toEqual(earlier.changed);
    for (const row of section.answers.rows) {
      const question = content.questions.find((entry) => entry.id === row.id);
      expect(row.question).toBe(question?.text.da);
      expect(row.earlier).not.toBe(row.now);
    }
  });

  it("says in English when nothing changed, and lists nothing as cleared, new or done", () => {
    const section = buildProgressSection(currentAssessed, currentAssessed, content, "en");
    expect(section.heading).toBe("Progress since the earlier file");
    expect(section.answers.heading).toBe("No answer changed");
    expect(section.answers.rows).toEqual([]);
    expect(section.blockers.cleared.items).toEqual([]);
    expect(section.actions.items).toEqual([]);
    expect(section.scores.rows.every((row) => row.change === "Unchanged")).toBe(true);
  });

  it("is part of the report only when the report is asked for with an earlier file", () => {
    expect(buildPresentation(current, currentResult, content, "da").progress).toBeNull();
    const model = buildPresentation(current, currentResult, content, "da", { previous: earlierAssessed });
    expect(model.progress?.answers.rows).toHaveLength(3);
  });
});
