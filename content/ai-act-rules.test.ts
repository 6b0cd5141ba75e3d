import { describe, expect, it } from "vitest";
import {
  aiActTexts,
  annexIiiPoints,
  biometricAreas,
  narrowRoles,
  prohibitedPractices,
  publicBenefitsArea,
  roleIsTheUse,
} from "./ai-act-rules";
import { blockers } from "./blockers";
import { vocabulary } from "./vocabulary";

const valuesOf = (attribute: string) =>
  new Set(vocabulary.find((candidate) => candidate.id === attribute)?.values.map((value) => value.id));
const useAreas = valuesOf("use-areas");
const roles = valuesOf("ai-role");

describe("the AI Act rules in content", () => {
  it("name only use areas and AI roles that exist in the vocabulary", () => {
    for (const area of [
      ...Object.keys(annexIiiPoints),
      ...Object.keys(prohibitedPractices),
      ...biometricAreas,
      ...Object.values(roleIsTheUse).flat(),
      publicBenefitsArea,
    ]) {
      expect(useAreas.has(area), area).toBe(true);
    }
    for (const role of [...narrowRoles, ...Object.keys(roleIsTheUse)])
      expect(roles.has(role), role).toBe(true);
  });

  it("treat exactly the practices the prohibited-practice blocker names as prohibited", () => {
    const blocker = blockers.find((candidate) => candidate.id === "prohibited-practice");
    const named = blocker && "question" in blocker.when ? blocker.when.in : [];
    expect(Object.keys(prohibitedPractices).sort()).toEqual([...named].sort());
  });

  it("use only the placeholders the engine fills, the same in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(aiActTexts)) {
      expect(placeholders(text.da), key).toEqual(placeholders(text.en));
      for (const name of placeholders(text.da)) expect(["area", "role", "point"], key).toContain(name);
    }
  });
});
