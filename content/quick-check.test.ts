import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessProject } from "@/lib/engine/assess-project";
import { referencedQuestionIds } from "@/lib/engine/conditions";
import { answersDocumentSchema } from "@/lib/schemas/answers";
import { readinessLevelIds } from "@/lib/schemas/common";
import { isScored } from "@/lib/schemas/question";
import { content } from "./index";
import { usesGenerativeAi } from "./questions/generative-ai";
import { quickCheck, quickCheckQuestionIds, quickCheckUsualQuestionIds } from "./quick-check";

const byId = new Map(content.questions.map((question) => [question.id, question]));

describe("the quick check's selection", () => {
  it("asks at most 15 questions (18 of a generative-AI project), each a question of the questionnaire, each once", () => {
    expect(quickCheckUsualQuestionIds.length).toBeLessThanOrEqual(15);
    expect(quickCheckQuestionIds.length).toBeLessThanOrEqual(18);
    // The three extra are shown only when the solution uses generative AI.
    for (const id of quickCheckQuestionIds.filter((id) => !quickCheckUsualQuestionIds.includes(id))) {
      expect(byId.get(id)?.showIf, id).toEqual(usesGenerativeAi);
    }
    for (const id of quickCheckUsualQuestionIds)
      expect(byId.get(id)?.showIf, id).not.toEqual(usesGenerativeAi);
    expect(new Set(quickCheckQuestionIds).size).toBe(quickCheckQuestionIds.length);
    for (const id of quickCheckQuestionIds) expect(byId.has(id), id).toBe(true);
    expect(content.quickCheck).toEqual(quickCheck);
  });

  it("asks every question that decides a blocker, so it finds every blocker the full assessment finds", () => {
    const deciding = new Set(content.blockers.flatMap((blocker) => referencedQuestionIds(blocker.when)));
    for (const id of deciding) expect(quickCheckQuestionIds, id).toContain(id);
  });

  it("asks, for every conditional question it has, the questions its condition reads, earlier", () => {
    quickCheckQuestionIds.forEach((id, index) => {
      const condition = byId.get(id)?.showIf;
      if (!condition) return;
      for (const referenced of referencedQuestionIds(condition)) {
        expect(quickCheckQuestionIds.indexOf(referenced), `${id} needs ${referenced}`).toBeGreaterThanOrEqual(
          0,
        );
        expect(quickCheckQuestionIds.indexOf(referenced)).toBeLessThan(index);
      }
    });
  });

  it("has an always-shown question for every prerequisite, so the provisional level rests on all five", () => {
    for (const prerequisite of content.prerequisites) {
      const asked = quickCheckQuestionIds
        .map((id) => byId.get(id))
        .filter((question) => question && isScored(question) && question.section === prerequisite.id);
      expect(
        asked.some((question) => question && !question.showIf),
        prerequisite.id,
      ).toBe(true);
    }
  });

  it("asks the first question of each piece of advice's own rules", () => {
    for (const adviceId of ["legal-early", "data-first"]) {
      const own = content.questions.filter((q) => isScored(q) && q.section === adviceId).map((q) => q.id);
      const ruled = content.adviceRules
        .filter((rule) => rule.advice === adviceId)
        .flatMap((rule) => referencedQuestionIds(rule.when))
        .filter((id) => own.includes(id));
      expect(
        ruled.some((id) => quickCheckQuestionIds.includes(id)),
        adviceId,
      ).toBe(true);
    }
  });
});

describe("the quick check on the catalogue's six examples", () => {
  const examples = readdirSync("examples").filter((name) => name.endsWith(".json"));

  it.each(examples)(
    "%s: the same blockers and legal indication as the full assessment, a level at most one step apart",
    (name) => {
      const doc = answersDocumentSchema.parse(JSON.parse(readFileSync(`examples/${name}`, "utf8")));
      const quickAnswers = Object.fromEntries(
        Object.entries(doc.answers).filter(([id]) => quickCheckQuestionIds.includes(id)),
      );
      const full = assessProject(doc, content);
      const quick = assessProject({ ...doc, answers: quickAnswers }, content);
      expect(full.overall.basis).toBe("full");
      expect(quick.overall).toMatchObject({ basis: "quick-check", provisional: true });
      expect(quick.blockers.map((blocker) => blocker.id)).toEqual(full.blockers.map((blocker) => blocker.id));
      // Without the profiling question the Annex III exception stays closed: the cautious side.
      const cautious = full.legal.aiActClass === "annex-iii-exception" ? "high-risk-annex-iii" : null;
      expect([full.legal.aiActClass, cautious]).toContain(quick.legal.aiActClass);
      // The DPIA criteria the quick check does not ask about (volume, domain, profiling) stay open:
      // the same status, or »undetermined« with the open criteria named, never a reassuring one.
      expect([full.legal.dpia.status, "undetermined"]).toContain(quick.legal.dpia.status);
      const rank = (level: string | null) =>
        level === null ? -1 : readinessLevelIds.indexOf(level as never);
      expect(Math.abs(rank(quick.overall.level) - rank(full.overall.level))).toBeLessThanOrEqual(1);
    },
  );
});
