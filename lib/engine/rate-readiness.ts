import type { PrerequisiteId, ReadinessLevelId } from "../schemas/common";
import { readinessLevelIds } from "../schemas/common";
import type { Blocker, ReadinessLevel } from "../schemas/framework";
import { roundScore } from "./rounding";
import type { AssessmentResult } from "./types";

/**
 * The overall score needs a score for every one of the five prerequisites: a mean that left out a
 * prerequisite with too few answers would rise when answers are removed.
 */
export const MIN_SCORED_PREREQUISITES = 5;

function rankOf(level: ReadinessLevelId): number {
  return readinessLevelIds.indexOf(level);
}

/** The mean of the prerequisite scores, or null unless every one of them is a number. */
export function scoreOverall(scores: readonly (number | null)[]): number | null {
  const numbers = scores.filter((score): score is number => score !== null);
  if (numbers.length < Math.max(MIN_SCORED_PREREQUISITES, scores.length)) return null;
  return roundScore(numbers.reduce((sum, score) => sum + score, 0) / numbers.length);
}

/** The highest readiness level whose minimum score the overall score reaches. */
export function findBandLevel(
  score: number | null,
  levels: readonly ReadinessLevel[],
): ReadinessLevelId | null {
  if (score === null) return null;
  let band: ReadinessLevelId = "not-ready";
  for (const level of levels) {
    if (score >= level.minScore && rankOf(level.id) > rankOf(band)) band = level.id;
  }
  return band;
}

/**
 * The overall score and readiness level. Every firing blocker caps the level at its `capsAt` (the
 * lowest cap wins) and is listed in `cappedBy` when it lowered the level. Without an overall score
 * the level is null: "not enough answers yet", never a level (the blockers are still reported).
 * While shown scored questions are unanswered the level is provisional: each counts as a gap now
 * and may be answered better. So removing an answer never gives a higher level: at most "not
 * enough answers", which ranks below every level.
 */
export function rateReadiness(
  scores: readonly (number | null)[],
  firingBlockers: readonly Pick<Blocker, "id" | "capsAt">[],
  levels: readonly ReadinessLevel[],
  unansweredQuestionIds: readonly string[] = [],
): Omit<AssessmentResult["overall"], "basis"> {
  const score = scoreOverall(scores);
  const bandLevel = findBandLevel(score, levels);
  const unanswered = { unansweredQuestionIds: [...unansweredQuestionIds] };
  if (bandLevel === null) {
    return { score, level: null, bandLevel, cappedBy: [], provisional: false, ...unanswered };
  }
  const lowering = firingBlockers.filter((blocker) => rankOf(blocker.capsAt) < rankOf(bandLevel));
  const level = lowering.reduce<ReadinessLevelId>(
    (lowest, blocker) => (rankOf(blocker.capsAt) < rankOf(lowest) ? blocker.capsAt : lowest),
    bandLevel,
  );
  return {
    score,
    level,
    bandLevel,
    cappedBy: lowering.map((blocker) => blocker.id),
    provisional: unansweredQuestionIds.length > 0,
    ...unanswered,
  };
}

/** The prerequisite with the lowest score (the first of equals), or null when none has a score. */
export function findWeakestPrerequisite(
  prerequisites: readonly { id: PrerequisiteId; score: number | null }[],
): PrerequisiteId | null {
  let weakest: { id: PrerequisiteId; score: number } | null = null;
  for (const { id, score } of prerequisites) {
    if (score !== null && (weakest === null || score < weakest.score)) weakest = { id, score };
  }
  return weakest?.id ?? null;
}
