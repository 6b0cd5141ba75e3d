import type { Answers } from "../schemas/answers";
import type { ScoredQuestionCore } from "../schemas/question";
import { readAnswer, referencedQuestionIds, visibleQuestionIds } from "./conditions";
import { findFiringBlockers } from "./find-blockers";
import { scoreOverall } from "./rate-readiness";
import { roundScore } from "./rounding";
import { scoreSection } from "./score-sections";
import {
  bestOption,
  groupScoredQuestions,
  maxPoints,
  readScoredAnswer,
  type ScoredSectionId,
} from "./scored-answers";
import type { PlanAction, EngineContent } from "./types";

type PlanContent = Pick<EngineContent, "questions" | "prerequisites" | "blockers">;

interface Snapshot {
  visible: ReadonlySet<string>;
  scores: ReadonlyMap<ScoredSectionId, number | null>;
  overall: number | null;
  firing: readonly string[];
}

function takeSnapshot(
  content: PlanContent,
  groups: ReadonlyMap<ScoredSectionId, ScoredQuestionCore[]>,
  answers: Answers,
  visible: ReadonlySet<string>,
  previous?: Snapshot,
  changedSections?: ReadonlySet<ScoredSectionId>,
): Snapshot {
  const scores = new Map<ScoredSectionId, number | null>();
  for (const [section, questions] of groups) {
    const reuse = previous && changedSections && !changedSections.has(section);
    scores.set(
      section,
      reuse ? (previous.scores.get(section) ?? null) : scoreSection(questions, answers, visible).score,
    );
  }
  const overall = scoreOverall(content.prerequisites.map(({ id }) => scores.get(id) ?? null));
  const firing = findFiringBlockers(content.blockers, answers, visible).map((blocker) => blocker.id);
  return { visible, scores, overall, firing };
}

function planKind(question: ScoredQuestionCore, answers: Answers): PlanAction["kind"] | null {
  const read = readScoredAnswer(question, readAnswer(answers, question.id));
  switch (read.state) {
    case "answered":
      return read.option.points < maxPoints(question) ? "improve" : null;
    case "dont-know":
      return "find-out";
    case "unanswered":
      return "answer";
    case "not-applicable":
      return null;
  }
}

/**
 * Answering a question that was unanswered can bring a prerequisite into the overall mean with a
 * score below it: the plan then promises no gain rather than a loss (the answer is still worth
 * giving, and the score becomes more honest).
 */
function gain(before: number | null, after: number | null): number {
  return before === null || after === null ? 0 : Math.max(0, roundScore(after - before));
}

/**
 * The improvement plan: every shown scored question whose answer is below the best option, is
 * "don't know" or is unanswered, with what changing that one answer to the best option would gain
 * (overall and in its section; 0 when either score is missing) and which blockers it would lift.
 * Only the sections the change can affect are re-scored; the figures equal a full re-assessment.
 * Ranked: blocker-lifting actions first, then by overall gain, section gain and content order.
 */
export function planImprovements(content: PlanContent, answers: Answers): PlanAction[] {
  const groups = groupScoredQuestions(content);
  const base = takeSnapshot(content, groups, answers, visibleQuestionIds(content, answers));
  const steersVisibility = new Set(
    content.questions.flatMap((question) => (question.showIf ? referencedQuestionIds(question.showIf) : [])),
  );
  const sectionOf = new Map(
    [...groups].flatMap(([section, questions]) =>
      questions.map((question) => [question.id, section] as const),
    ),
  );

  // One private copy, changed and restored per candidate: cheaper than a copy per candidate.
  const improved: Answers = { ...answers };
  const actions = [...groups.values()].flat().flatMap((question) => {
    const kind = base.visible.has(question.id) ? planKind(question, answers) : null;
    if (kind === null) return [];
    const original = readAnswer(answers, question.id);
    improved[question.id] = { type: "option", value: bestOption(question).id };
    const visible = steersVisibility.has(question.id) ? visibleQuestionIds(content, improved) : base.visible;
    const changed = new Set<ScoredSectionId>([question.section]);
    if (visible !== base.visible) {
      for (const [id, section] of sectionOf) {
        if (visible.has(id) !== base.visible.has(id)) changed.add(section);
      }
    }
    const after = takeSnapshot(content, groups, improved, visible, base, changed);
    if (original) improved[question.id] = original;
    else delete improved[question.id];
    const action: PlanAction = {
      questionId: question.id,
      section: question.section,
      kind,
      recommendation: question.recommendation,
      overallGain: gain(base.overall, after.overall),
      sectionGain: gain(
        base.scores.get(question.section) ?? null,
        after.scores.get(question.section) ?? null,
      ),
      liftsBlockers: base.firing.filter((id) => !after.firing.includes(id)),
      case: question.recommendationCase ?? null,
    };
    return [action];
  });

  const position = new Map(content.questions.map((question, index) => [question.id, index]));
  return actions.sort(
    (a, b) =>
      Number(b.liftsBlockers.length > 0) - Number(a.liftsBlockers.length > 0) ||
      b.overallGain - a.overallGain ||
      b.sectionGain - a.sectionGain ||
      (position.get(a.questionId) ?? 0) - (position.get(b.questionId) ?? 0),
  );
}
