import type { Answers } from "../schemas/answers";
import type { Blocker } from "../schemas/framework";
import {
  evaluateCondition,
  evaluateConditionWith,
  lookupAnswers,
  readAnswer,
  referencedQuestionIds,
  visibleQuestionIds,
} from "./conditions";
import { readGapsAsDontKnow } from "./scored-answers";
import type { BlockerResult, EngineContent } from "./types";

/**
 * The blockers whose condition holds for the shown answers, in content order. `answers` must be
 * read with gaps as "don't know" (readGapsAsDontKnow), so that skipping never avoids a blocker.
 */
export function findFiringBlockers(
  blockers: readonly Blocker[],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): Blocker[] {
  return blockers.filter((blocker) => evaluateCondition(blocker.when, answers, visibleIds));
}

/** The questions a condition refers to that are shown and answered: the answers behind a finding. */
export function answeredReferences(
  condition: Blocker["when"],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): string[] {
  return referencedQuestionIds(condition).filter(
    (id) => visibleIds.has(id) && readAnswer(answers, id) !== undefined,
  );
}

/** Whether a condition holds only because some answer is "don't know" (or was left empty). */
export function holdsOnlyThroughUnknown(
  condition: Blocker["when"],
  answers: Answers,
  visibleIds: ReadonlySet<string>,
): boolean {
  const lookup = lookupAnswers(answers, visibleIds);
  return !evaluateConditionWith(condition, (id) => {
    const answer = lookup(id);
    return answer?.type === "dont-know" ? undefined : answer;
  });
}

/**
 * The blockers that fire, each with what it caps, why, what to do and the answers behind it. A
 * shown scored question left empty counts as "don't know". A blocker that fires only through
 * "don't know" or an empty answer says what is not clarified (its `ifUnknown` texts).
 */
export function findBlockers(
  content: Pick<EngineContent, "questions" | "blockers">,
  answers: Answers,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): BlockerResult[] {
  const read = readGapsAsDontKnow(content, answers, visibleIds);
  return findFiringBlockers(content.blockers, read, visibleIds).map((blocker) => {
    const unknown = holdsOnlyThroughUnknown(blocker.when, read, visibleIds);
    const texts = unknown && blocker.ifUnknown ? blocker.ifUnknown : blocker;
    return {
      id: blocker.id,
      prerequisite: blocker.prerequisite,
      capsAt: blocker.capsAt,
      title: texts.title,
      why: texts.why,
      action: blocker.action,
      case: blocker.case ?? null,
      questionIds: answeredReferences(blocker.when, read, visibleIds),
      basis: unknown ? "unknown" : "answer",
    };
  });
}
