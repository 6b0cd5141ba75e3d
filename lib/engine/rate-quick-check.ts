import type { Answers } from "../schemas/answers";
import type { ReadinessLevelId } from "../schemas/common";
import { isScored } from "../schemas/question-kind";
import type { QuestionCore } from "../schemas/question";
import { readAnswer } from "./conditions";
import { rateReadiness } from "./rate-readiness";
import { readScoredAnswer } from "./scored-answers";
import { scoreSection } from "./score-sections";
import type { AssessmentResult, BlockerResult, EngineContent } from "./types";

type QuickCheckContent = Pick<
  EngineContent,
  "questions" | "prerequisites" | "readinessLevels" | "quickCheck"
>;

function isAnswered(question: QuestionCore, answers: Answers): boolean {
  const answer = readAnswer(answers, question.id);
  if (!isScored(question))
    return answer !== undefined && (answer.type !== "options" || answer.values.length > 0);
  return readScoredAnswer(question, answer).state !== "unanswered";
}

/**
 * The quick check's questions that are shown, or null when the content has no quick check or one
 * of them is shown and unanswered (»Ved ikke« and »Ikke relevant« count as answers).
 */
export function findAnsweredQuickCheck(
  content: Pick<EngineContent, "questions" | "quickCheck">,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): QuestionCore[] | null {
  if (!content.quickCheck) return null;
  const ids = new Set(content.quickCheck.screens.flatMap((screen) => screen.questionIds));
  const shown = content.questions.filter((question) => ids.has(question.id) && visibleIds.has(question.id));
  return shown.every((question) => isAnswered(question, answers)) ? shown : null;
}

function rankOf(levels: readonly { id: ReadinessLevelId }[], id: ReadinessLevelId): number {
  return levels.findIndex((level) => level.id === id);
}

/**
 * The quick check's provisional verdict, for a document without the full basis (a prerequisite
 * with fewer than half its questions answered). When every shown quick-check question is answered,
 * each prerequisite is scored over its quick-check questions alone, by the same rule as the full
 * assessment, and the level follows from their mean as usual: capped by every blocker, and never
 * above the quick check's highest level. Answers to other questions do not move it, so answering
 * more cannot make it look surer, and skipping a quick-check question gives no level at all. It
 * is always provisional; only the full basis gives a level that is not from the quick check.
 * Null when a quick-check question is unanswered or a prerequisite has none shown.
 */
export function rateQuickCheck(
  content: QuickCheckContent,
  answers: Answers,
  visibleIds: ReadonlySet<string>,
  blockers: readonly BlockerResult[],
  unansweredQuestionIds: readonly string[],
): AssessmentResult["overall"] | null {
  const asked = findAnsweredQuickCheck(content, answers, visibleIds);
  if (!content.quickCheck || !asked) return null;
  const askedIds = new Set(asked.map((question) => question.id));
  const scores = content.prerequisites.map((prerequisite) => {
    const questions = content.questions.filter(
      (question) => isScored(question) && question.section === prerequisite.id && askedIds.has(question.id),
    );
    return scoreSection(questions.filter(isScored), answers, visibleIds).score;
  });
  const rated = rateReadiness(scores, blockers, content.readinessLevels, unansweredQuestionIds);
  if (rated.level === null || rated.bandLevel === null) return null;
  const { highestLevel } = content.quickCheck;
  const ceiling = rankOf(content.readinessLevels, highestLevel);
  const cap = (level: ReadinessLevelId): ReadinessLevelId =>
    rankOf(content.readinessLevels, level) > ceiling ? highestLevel : level;
  return {
    ...rated,
    level: cap(rated.level),
    bandLevel: cap(rated.bandLevel),
    provisional: true,
    basis: "quick-check",
  };
}
