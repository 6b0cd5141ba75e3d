import type { AssessmentResult } from "../engine/types";
import type { Answer, AnswersDocument, ResultSummary } from "../schemas/answers";
import type { ReadinessLevelId } from "../schemas/common";
import { answerKey } from "../team/compare-participants";

export interface ValueChange<T> {
  from: T;
  to: T;
}

export interface ScoreChange extends ValueChange<number | null> {
  prerequisite: string;
}

/** What changed between two results: level, overall score, each prerequisite's score, blockers. */
export interface ResultChanges {
  level: ValueChange<ReadinessLevelId | null>;
  overall: ValueChange<number | null>;
  scores: ScoreChange[];
  blockersCleared: string[];
  blockersNew: string[];
}

export interface AnswerChange {
  questionId: string;
  from: Answer | null;
  to: Answer | null;
}

/** Progress between an earlier and the current document of one project. */
export interface ProgressDiff extends ResultChanges {
  /** Questions of the earlier plan that the current answers no longer need (the action is done). */
  actionsDone: string[];
  /** Every question whose answer differs (notes left out), in content order. */
  changedAnswers: AnswerChange[];
}

function summaryOf(result: AssessmentResult): Omit<ResultSummary, "computedAt"> {
  return {
    modelVersion: result.modelVersion,
    contentVersion: result.contentVersion,
    level: result.overall.level,
    overall: result.overall.score,
    scores: Object.fromEntries(result.prerequisites.map((entry) => [entry.id, entry.score])),
    blockerIds: result.blockers.map((blocker) => blocker.id),
  };
}

/** The changes from one result summary to another. */
export function diffSummaries(
  earlier: Omit<ResultSummary, "computedAt">,
  current: Omit<ResultSummary, "computedAt">,
): ResultChanges {
  const prerequisites = [...new Set([...Object.keys(current.scores), ...Object.keys(earlier.scores)])];
  return {
    level: { from: earlier.level as ReadinessLevelId | null, to: current.level as ReadinessLevelId | null },
    overall: { from: earlier.overall, to: current.overall },
    scores: prerequisites.map((prerequisite) => ({
      prerequisite,
      from: earlier.scores[prerequisite] ?? null,
      to: current.scores[prerequisite] ?? null,
    })),
    blockersCleared: earlier.blockerIds.filter((id) => !current.blockerIds.includes(id)),
    blockersNew: current.blockerIds.filter((id) => !earlier.blockerIds.includes(id)),
  };
}

/**
 * What changed between an earlier document of a project and the current one, both assessed
 * with the current model and content (so that only the answers explain the difference).
 */
export function diffProgress(
  earlier: { document: AnswersDocument; result: AssessmentResult },
  current: { document: AnswersDocument; result: AssessmentResult },
  questionOrder: readonly string[],
): ProgressDiff {
  const currentPlan = new Set(current.result.plan.map((action) => action.questionId));
  const ids = new Set([...Object.keys(earlier.document.answers), ...Object.keys(current.document.answers)]);
  const ordered = [
    ...questionOrder.filter((id) => ids.has(id)),
    ...[...ids].filter((id) => !questionOrder.includes(id)).sort(),
  ];
  return {
    ...diffSummaries(summaryOf(earlier.result), summaryOf(current.result)),
    actionsDone: earlier.result.plan
      .map((action) => action.questionId)
      .filter((questionId) => !currentPlan.has(questionId)),
    changedAnswers: ordered.flatMap((questionId): AnswerChange[] => {
      const from = earlier.document.answers[questionId] ?? null;
      const to = current.document.answers[questionId] ?? null;
      return answerKey(from) === answerKey(to) ? [] : [{ questionId, from, to }];
    }),
  };
}

/** Why a stored result may differ from today's: which versions changed since it was computed. */
export interface VersionChange extends ResultChanges {
  modelChanged: ValueChange<string> | null;
  contentChanged: ValueChange<string> | null;
  /** Whether the result itself now says anything different. */
  resultDiffers: boolean;
}

/**
 * When a document's last result was computed under another model or content version than
 * today's: what the result now says differently. Null when the versions are the same (or the
 * document keeps no last result): then nothing changed behind the user's back.
 */
export function explainVersionChange(
  stored: ResultSummary | undefined,
  result: AssessmentResult,
): VersionChange | null {
  if (!stored) return null;
  const now = summaryOf(result);
  const modelChanged =
    stored.modelVersion === now.modelVersion ? null : { from: stored.modelVersion, to: now.modelVersion };
  const contentChanged =
    stored.contentVersion === now.contentVersion
      ? null
      : { from: stored.contentVersion, to: now.contentVersion };
  if (!modelChanged && !contentChanged) return null;
  const changes = diffSummaries(stored, now);
  const resultDiffers =
    changes.level.from !== changes.level.to ||
    changes.overall.from !== changes.overall.to ||
    changes.scores.some((score) => score.from !== score.to) ||
    changes.blockersCleared.length > 0 ||
    changes.blockersNew.length > 0;
  return { ...changes, modelChanged, contentChanged, resultDiffers };
}
