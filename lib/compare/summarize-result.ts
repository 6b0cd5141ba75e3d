import type { AssessmentResult } from "../engine/types";
import type { ResultSummary } from "../schemas/answers";

/** The small summary of a result that an answers document keeps (see resultSummarySchema). */
export function summarizeResult(result: AssessmentResult, now: Date): ResultSummary {
  return {
    modelVersion: result.modelVersion,
    contentVersion: result.contentVersion,
    computedAt: now.toISOString(),
    level: result.overall.level,
    overall: result.overall.score,
    scores: Object.fromEntries(result.prerequisites.map((entry) => [entry.id, entry.score])),
    blockerIds: result.blockers.map((blocker) => blocker.id),
  };
}

/** Whether two summaries say the same (the time they were computed left out). */
export function isSameSummary(a: ResultSummary | undefined, b: ResultSummary): boolean {
  if (!a) return false;
  return JSON.stringify({ ...a, computedAt: "" }) === JSON.stringify({ ...b, computedAt: "" });
}
