import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { isScored } from "../schemas/question";
import { LEGAL_RULE_IDS } from "./legal-rule-ids";
import { LEGAL_BASIS_QUESTIONS } from "./triage-legal";

/** The engine's own source files (not tests or fixtures), as text. */
const sources = readdirSync(__dirname)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
  .map((name) => ({ name, text: readFileSync(join(__dirname, name), "utf8") }));

const valuesOf = (attribute: string): Set<string> | undefined => {
  const found = content.vocabulary.find((candidate) => candidate.id === attribute);
  return found ? new Set(found.values.map((value) => value.id)) : undefined;
};

describe("every id the engine names exists in the content", () => {
  it("reads only profile attributes and values that the vocabulary has", () => {
    let named = 0;
    for (const { name, text } of sources) {
      for (const match of text.matchAll(
        /profile(?:Has|Values)\(\s*\w+,\s*"([a-z-]+)"(?:,\s*"([a-z-]+)")?/g,
      )) {
        const [, attribute = "", value] = match;
        const values = valuesOf(attribute);
        expect(values, `${name}: unknown attribute "${attribute}"`).toBeDefined();
        if (value !== undefined)
          expect(values?.has(value), `${name}: unknown value "${attribute}: ${value}"`).toBe(true);
        named += 1;
      }
    }
    // The check reads something: the triage alone names a dozen profile values.
    expect(named).toBeGreaterThan(10);
  });

  it("asks the legal-basis questions it reads, with the options it reads", () => {
    for (const questionId of Object.values(LEGAL_BASIS_QUESTIONS)) {
      const question = content.questions.find((candidate) => candidate.id === questionId);
      expect(question && isScored(question), questionId).toBe(true);
      if (question && isScored(question)) {
        expect(question.options.map((option) => option.id)).toEqual([
          "not-examined",
          "in-progress",
          "clarified",
        ]);
      }
    }
  });

  it("cites only legal rules that the content has", () => {
    const rules = new Set(content.legal.rules.map((rule) => rule.id));
    for (const [key, id] of Object.entries(LEGAL_RULE_IDS)) expect(rules.has(id), `${key}: ${id}`).toBe(true);
  });
});
