import type { Answers } from "../schemas/answers";
import type { CaseLesson, CaseProfileValue } from "../schemas/case";
import type { PrerequisiteId } from "../schemas/common";
import type { Matching } from "../schemas/content";
import type { Attribute, AttributeId } from "../schemas/vocabulary";
import { evaluateCondition, visibleQuestionIds } from "./conditions";
import { profileValues, readProfile, type Profile } from "./read-profile";
import { roundScore } from "./rounding";
import type { AttributeComparison, CaseMatch, EngineContent, MatchedCase, ProjectGap } from "./types";

/** From this similarity on an attribute with a shared value counts as a match rather than a difference. */
export const MATCH_FROM = 0.5;

/**
 * From this similarity on, different values on an ordered scale count as close enough to list under
 * what the project and the case have in common (one step apart on the role of the AI). Closer
 * values below it, such as no personal data against ordinary personal data, are differences.
 */
export const CLOSE_FROM = 0.75;

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

/** Whether an attribute belongs under what the project and the case have in common. */
export function isInCommon(comparison: Pick<AttributeComparison, "similarity" | "shared">): boolean {
  return comparison.shared.length > 0
    ? comparison.similarity >= MATCH_FROM
    : comparison.similarity >= CLOSE_FROM;
}

const PREREQUISITE_ORDER: readonly PrerequisiteId[] = [
  "data-technology",
  "organisation",
  "competences",
  "legal",
  "scaling",
];

/** The case's lessons in order: the declared ones, then its note on each prerequisite without one. */
export function listCaseLessons(study: Pick<MatchedCase, "prerequisites" | "lessons">): CaseLesson[] {
  const declared = study.lessons ?? [];
  const covered = new Set(declared.map((lesson) => lesson.prerequisite));
  const implicit = PREREQUISITE_ORDER.filter((id) => !covered.has(id) && study.prerequisites[id]).map(
    (id): CaseLesson => ({ prerequisite: id }),
  );
  return [...declared, ...implicit];
}

function addresses(lesson: CaseLesson, gap: ProjectGap): boolean {
  if (gap.advice !== null) return lesson.advice === gap.advice;
  return lesson.prerequisite === gap.prerequisite;
}

/** The case's lesson for the project's first gap it has a relevant lesson on. */
function pickLesson(
  study: MatchedCase,
  gaps: readonly ProjectGap[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): CaseMatch["lesson"] {
  const lessons = listCaseLessons(study).filter(
    (lesson) => !lesson.when || evaluateCondition(lesson.when, answers, visibleIds),
  );
  for (const gap of gaps) {
    const lesson = lessons.find((candidate) => addresses(candidate, gap));
    const text = lesson ? (lesson.text ?? study.prerequisites[lesson.prerequisite]) : undefined;
    if (lesson && text) {
      return { prerequisite: lesson.prerequisite, advice: gap.advice, reason: gap.reason, text };
    }
  }
  return null;
}

/**
 * Whether a case is only a weak match: below the content's "close" similarity, or with nothing in
 * common on an attribute that must be shared (the technology), where both sides answered it.
 */
export function isWeakMatch(
  match: Pick<CaseMatch, "similarity" | "matches" | "differs">,
  matching: Matching,
): boolean {
  if (match.similarity < matching.closeFrom) return true;
  const compared = [...match.matches, ...match.differs];
  return matching.mustShare.some((attribute) =>
    compared.some((c) => c.attribute === attribute && c.shared.length === 0),
  );
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
  lesson: CaseMatch["lesson"],
  matching: Matching,
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
  const similarity = comparedWeight > 0 ? roundScore((100 * weighted) / comparedWeight) : 0;
  const matches = compared.filter(isInCommon).sort(byWeight);
  const differs = compared.filter((c) => !isInCommon(c)).sort(byWeight);
  const match: CaseMatch = {
    caseId: study.id,
    similarity,
    weak: isWeakMatch({ similarity, matches, differs }, matching),
    matches,
    differs,
    notCompared,
    lesson,
  };
  return { match, comparedWeight, order: study.order * 1000 + index };
}

/**
 * Compares the project's profile with each case on the attributes that carry a match weight,
 * leaving out what the project did not answer and what the catalogue does not state. Ranked by
 * similarity, then by how much of the profile could be compared, then by the catalogue's order.
 * Each match carries the case's lesson for the project's most pressing gap (rankProjectGaps) that
 * the case has a lesson on which fits the project; no gaps, no lessons. Each says whether it is only
 * a weak match (isWeakMatch), which is never to be presented as a precedent.
 */
export function matchCases(
  content: Pick<EngineContent, "questions" | "vocabulary" | "cases" | "matching">,
  answers: Answers,
  gaps: readonly ProjectGap[],
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): CaseMatch[] {
  const profile = readProfile(content, answers, visibleIds);
  const attributes = content.vocabulary.filter((attribute) => attribute.matchWeight > 0);
  return content.cases
    .map((study, index) =>
      matchOne(
        study,
        index,
        attributes,
        profile,
        pickLesson(study, gaps, answers, visibleIds),
        content.matching,
      ),
    )
    .sort(
      (a, b) =>
        b.match.similarity - a.match.similarity || b.comparedWeight - a.comparedWeight || a.order - b.order,
    )
    .map((ranked) => ranked.match);
}
