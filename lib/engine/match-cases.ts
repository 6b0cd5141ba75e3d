import type { Answers } from "../schemas/answers";
import type { CaseProfileValue } from "../schemas/case";
import type { PrerequisiteId } from "../schemas/common";
import type { Attribute, AttributeId } from "../schemas/vocabulary";
import { visibleQuestionIds } from "./conditions";
import { profileValues, readProfile, type Profile } from "./read-profile";
import { roundScore } from "./rounding";
import type { AttributeComparison, CaseMatch, MatchedCase, EngineContent } from "./types";

/** From this similarity on an attribute counts as a match rather than a difference. */
export const MATCH_FROM = 0.5;

function caseValues(value: CaseProfileValue | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? [value] : [...new Set(value)];
}

/**
 * How alike two sets of values are on one attribute, 0-1: equal or not for a single nominal value,
 * 1 - rank distance / highest rank for a single ordinal value, and Jaccard for sets.
 */
export function compareValues(
  attribute: Attribute,
  project: readonly string[],
  other: readonly string[],
): number {
  const [projectValue] = project;
  const [otherValue] = other;
  if (project.length === 1 && other.length === 1 && projectValue !== undefined && otherValue !== undefined) {
    if (projectValue === otherValue) return 1;
    if (attribute.scale !== "ordinal") return 0;
    const rankOf = (id: string): number | undefined =>
      attribute.values.find((value) => value.id === id)?.rank;
    const a = rankOf(projectValue);
    const b = rankOf(otherValue);
    const top = Math.max(0, ...attribute.values.map((value) => value.rank ?? 0));
    return a === undefined || b === undefined || top === 0 ? 0 : 1 - Math.abs(a - b) / top;
  }
  const union = new Set([...project, ...other]);
  const shared = project.filter((value) => other.includes(value));
  return union.size === 0 ? 0 : shared.length / union.size;
}

interface RankedMatch {
  match: CaseMatch;
  /** The weight compared: a case compared on more of the profile ranks first among equals. */
  comparedWeight: number;
  order: number;
}

function matchOne(
  study: MatchedCase,
  index: number,
  attributes: readonly Attribute[],
  profile: Profile,
  weakest: PrerequisiteId | null,
): RankedMatch {
  const compared: AttributeComparison[] = [];
  const notCompared: AttributeId[] = [];
  for (const attribute of attributes) {
    const projectValues = profileValues(profile, attribute.id);
    const values = caseValues(study.profile[attribute.id]);
    if (projectValues === null || values === null) {
      notCompared.push(attribute.id);
      continue;
    }
    compared.push({
      attribute: attribute.id,
      similarity: compareValues(attribute, projectValues, values),
      weight: attribute.matchWeight,
      projectValues,
      caseValues: values,
      shared: projectValues.filter((value) => values.includes(value)),
    });
  }
  const comparedWeight = compared.reduce((sum, c) => sum + c.weight, 0);
  const weighted = compared.reduce((sum, c) => sum + c.weight * c.similarity, 0);
  const byWeight = (a: AttributeComparison, b: AttributeComparison): number => b.weight - a.weight;
  const note = weakest ? study.prerequisites[weakest] : undefined;
  const match: CaseMatch = {
    caseId: study.id,
    similarity: comparedWeight > 0 ? roundScore((100 * weighted) / comparedWeight) : 0,
    matches: compared.filter((c) => c.similarity >= MATCH_FROM).sort(byWeight),
    differs: compared.filter((c) => c.similarity < MATCH_FROM).sort(byWeight),
    notCompared,
    lesson: weakest && note ? { prerequisite: weakest, text: note } : null,
  };
  return { match, comparedWeight, order: study.order * 1000 + index };
}

/**
 * Compares the project's profile with each case on the attributes that carry a match weight,
 * leaving out what the project did not answer and what the catalogue does not state. Ranked by
 * similarity, then by how much of the profile could be compared, then by the catalogue's order.
 * Each match carries the case's note on the project's weakest prerequisite as its lesson.
 */
export function matchCases(
  content: Pick<EngineContent, "questions" | "vocabulary" | "cases">,
  answers: Answers,
  weakestPrerequisite: PrerequisiteId | null,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): CaseMatch[] {
  const profile = readProfile(content, answers, visibleIds);
  const attributes = content.vocabulary.filter((attribute) => attribute.matchWeight > 0);
  return content.cases
    .map((study, index) => matchOne(study, index, attributes, profile, weakestPrerequisite))
    .sort(
      (a, b) =>
        b.match.similarity - a.match.similarity || b.comparedWeight - a.comparedWeight || a.order - b.order,
    )
    .map((ranked) => ranked.match);
}
