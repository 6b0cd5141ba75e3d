import type { Answers } from "../schemas/answers";
import type { Blocker } from "../schemas/framework";
import { evaluateCondition, readAnswer, referencedQuestionIds, visibleQuestionIds } from "./conditions";
import type { BlockerResult, EngineContent } from "./types";

/** The blockers whose condition holds for the shown answers, in content order. */
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

/** The blockers that fire, each with what it caps, why, what to do and the answers behind it. */
export function findBlockers(
  content: Pick<EngineContent, "questions" | "blockers">,
  answers: Answers,
  visibleIds: ReadonlySet<string> = visibleQuestionIds(content, answers),
): BlockerResult[] {
  return findFiringBlockers(content.blockers, answers, visibleIds).map((blocker) => ({
    id: blocker.id,
    prerequisite: blocker.prerequisite,
    capsAt: blocker.capsAt,
    title: blocker.title,
    why: blocker.why,
    action: blocker.action,
    case: blocker.case ?? null,
    questionIds: answeredReferences(blocker.when, answers, visibleIds),
  }));
}
