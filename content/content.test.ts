import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Condition } from "@/lib/schemas/condition";
import { contentSchema } from "@/lib/schemas/content";
import { isScored, type Question } from "@/lib/schemas/question";
import { prerequisiteIds, adviceIds } from "@/lib/schemas/common";
import { content } from "./index";
import { usesGenerativeAi } from "./questions/generative-ai";

const byId = new Map(content.questions.map((q) => [q.id, q]));

function optionIdsOf(question: Question): string[] {
  if (isScored(question)) return question.options.map((o) => o.id);
  const attribute = content.vocabulary.find((a) => a.id === question.attribute);
  return attribute ? attribute.values.map((v) => v.id) : [];
}

function clausesOf(condition: Condition): { question: string; in: string[] }[] {
  if ("question" in condition) return [condition];
  if ("all" in condition) return condition.all.flatMap(clausesOf);
  if ("any" in condition) return condition.any.flatMap(clausesOf);
  return clausesOf(condition.not);
}

function expectClauseRefersToRealOptions(clause: { question: string; in: string[] }, where: string) {
  const question = byId.get(clause.question);
  expect(question, `${where} refers to unknown question "${clause.question}"`).toBeDefined();
  if (!question) return;
  const allowed = new Set(optionIdsOf(question));
  if (question.offersDontKnow) allowed.add("dont-know");
  if (question.offersNotApplicable) allowed.add("not-applicable");
  for (const value of clause.in) {
    expect(allowed.has(value), `${where}: "${clause.question}" has no answer "${value}"`).toBe(true);
  }
}

describe("the content", () => {
  it("parses as a whole against its schema", () => {
    expect(contentSchema.safeParse(content).success).toBe(true);
  });

  it("gives every question a unique id", () => {
    const ids = content.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks exactly one profile question per vocabulary attribute, with the attribute's id", () => {
    const profile = content.questions.filter((q) => !isScored(q));
    expect(profile.map((q) => q.id).sort()).toEqual(content.vocabulary.map((a) => a.id).sort());
    for (const q of profile) {
      if (!isScored(q)) expect(q.id).toBe(q.attribute);
    }
  });

  it("has 5 to 8 scored questions per prerequisite (legal: up to 12, most shown only where they apply) and 3 to 5 per piece of advice, besides at most 5 per section for generative AI", () => {
    const general = content.questions.filter((q) => !q.id.startsWith("genai-"));
    for (const id of prerequisiteIds) {
      const n = general.filter((q) => q.section === id).length;
      expect(n, id).toBeGreaterThanOrEqual(5);
      expect(n, id).toBeLessThanOrEqual(id === "legal" ? 12 : 8);
    }
    for (const id of adviceIds) {
      const n = general.filter((q) => q.section === id).length;
      expect(n, id).toBeGreaterThanOrEqual(3);
      expect(n, id).toBeLessThanOrEqual(5);
    }
    for (const id of [...prerequisiteIds, ...adviceIds]) {
      const generative = content.questions.filter((q) => q.id.startsWith("genai-") && q.section === id);
      expect(generative.length, id).toBeLessThanOrEqual(5);
      for (const q of generative) expect(q.showIf, q.id).toEqual(usesGenerativeAi);
    }
  });

  it("scores every option, from 0 for the weakest to a unique best, with distinct option ids", () => {
    for (const q of content.questions.filter(isScored)) {
      const points = q.options.map((o) => o.points);
      expect(Math.min(...points), q.id).toBe(0);
      expect(Math.max(...points), q.id).toBeGreaterThan(0);
      expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
    }
  });

  it("branches scored questions on profile answers only, so improving an answer never reveals new questions", () => {
    for (const q of content.questions.filter(isScored)) {
      if (!q.showIf) continue;
      for (const clause of clausesOf(q.showIf)) {
        expect(byId.get(clause.question)?.section, `${q.id} depends on ${clause.question}`).toBe("profile");
        expectClauseRefersToRealOptions(clause, `showIf of ${q.id}`);
      }
    }
  });

  it("builds blockers only on real answers, and only on the weakest answers of scored questions", () => {
    for (const blocker of content.blockers) {
      for (const clause of clausesOf(blocker.when)) {
        expectClauseRefersToRealOptions(clause, `blocker ${blocker.id}`);
        const question = byId.get(clause.question);
        if (question && isScored(question)) {
          const best = Math.max(...question.options.map((o) => o.points));
          for (const value of clause.in) {
            const option = question.options.find((o) => o.id === value);
            if (option)
              expect(option.points, `blocker ${blocker.id} fires on a best answer`).toBeLessThan(best);
          }
        }
      }
    }
  });

  it("gives every scored question one plan action, with variants only for its real options", () => {
    const scored = content.questions.filter(isScored);
    const planned = content.planActions.map((action) => action.question);
    expect([...planned].sort()).toEqual(scored.map((q) => q.id).sort());
    for (const action of content.planActions) {
      const question = byId.get(action.question);
      for (const variant of action.forAnswers ?? []) {
        for (const value of variant.in) {
          expect(question && optionIdsOf(question), `plan action ${action.question}`).toContain(value);
        }
      }
    }
  });

  it("names every plan action by what it does, never by »styrk svaret« or points", () => {
    for (const action of content.planActions) {
      for (const title of [action.title, ...(action.forAnswers ?? []).map((v) => v.title)]) {
        expect(title.da, action.question).not.toMatch(/\bpoint\b|styrk svaret|find ud af det/i);
        expect(title.en, action.question).not.toMatch(/\bpoints?\b|strengthen the answer/i);
      }
    }
  });

  it("lets every blocker that fires on a weak option fire on »Ved ikke« too, so skipping never avoids it", () => {
    for (const blocker of content.blockers) {
      for (const clause of clausesOf(blocker.when)) {
        const question = byId.get(clause.question);
        if (question && isScored(question) && question.offersDontKnow)
          expect(clause.in, `blocker ${blocker.id}`).toContain("dont-know");
      }
    }
  });

  it("builds advice rules only on real answers", () => {
    for (const rule of content.adviceRules) {
      for (const clause of clausesOf(rule.when))
        expectClauseRefersToRealOptions(clause, `advice rule ${rule.id}`);
    }
  });

  it("has readiness levels in rising order starting at 0", () => {
    const mins = content.readinessLevels.map((l) => l.minScore);
    expect(mins[0]).toBe(0);
    expect([...mins].sort((a, b) => a - b)).toEqual(mins);
  });

  it("has the same message keys in Danish and English", () => {
    const dir = join(__dirname, "messages");
    const keysOf = (value: unknown, prefix = ""): string[] =>
      value && typeof value === "object"
        ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`))
        : [prefix];
    const files = readdirSync(join(dir, "da"));
    expect(readdirSync(join(dir, "en")).sort()).toEqual([...files].sort());
    for (const file of files) {
      const da = JSON.parse(readFileSync(join(dir, "da", file), "utf8"));
      const en = JSON.parse(readFileSync(join(dir, "en", file), "utf8"));
      expect(keysOf(en).sort(), file).toEqual(keysOf(da).sort());
    }
  });

  it("formats no number or date inside a message: the code passes them already written", () => {
    // "#", "{n, number}" and "{d, date}" make next-intl call Intl.NumberFormat/DateTimeFormat,
    // whose first use in the browser loads locale data (50–100 ms of a phone's main thread).
    // lib/format writes numbers and dates; messages get the text, or count with {n} in a plural.
    const dir = join(__dirname, "messages");
    const textsOf = (value: unknown, path: string): [string, string][] =>
      typeof value === "string"
        ? [[path, value]]
        : Object.entries(value as object).flatMap(([key, inner]) => textsOf(inner, `${path}.${key}`));
    for (const language of ["da", "en"]) {
      for (const file of readdirSync(join(dir, language))) {
        const messages: unknown = JSON.parse(readFileSync(join(dir, language, file), "utf8"));
        for (const [path, text] of textsOf(messages, `${language}/${file}`)) {
          expect(text, path).not.toMatch(/#|\{\s*\w+\s*,\s*(number|date|time)\b/);
        }
      }
    }
  });
});
