import type { Answer, Answers } from "../schemas/answers";
import { planGateIds, type AdviceId, type PlanGateId } from "../schemas/common";
import type { PlanActionContent } from "../schemas/framework";
import type { ScoredQuestionCore } from "../schemas/question";
import { readAnswer, referencedQuestionIds, visibleQuestionIds } from "./conditions";
import { findFiringBlockers } from "./find-blockers";
import { roundEffect } from "./rounding";
import { scoreSectionExactly } from "./score-sections";
import {
  bestOption,
  groupScoredQuestions,
  maxPoints,
  readGapsAsDontKnow,
  readScoredAnswer,
  type ScoredSectionId,
} from "./scored-answers";
import type { AdviceCheckResult, PlanAction, EngineContent } from "./types";

type PlanContent = Pick<EngineContent, "questions" | "prerequisites" | "blockers" | "planActions">;
type AdviceOutcome = Pick<AdviceCheckResult, "id" | "outcome" | "decidingQuestionIds">;

interface Snapshot {
  visible: ReadonlySet<string>;
  scores: ReadonlyMap<ScoredSectionId, number | null>;
  overall: number | null;
  firing: readonly string[];
}

/** The unrounded mean of the prerequisite scores, or null unless all have one (as scoreOverall). */
function meanOf(scores: readonly (number | null)[]): number | null {
  if (scores.length === 0 || scores.some((score) => score === null)) return null;
  return scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) / scores.length;
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
      reuse ? (previous.scores.get(section) ?? null) : scoreSectionExactly(questions, answers, visible),
    );
  }
  const overall = meanOf(content.prerequisites.map(({ id }) => scores.get(id) ?? null));
  const read = readGapsAsDontKnow(content, answers, visible);
  const firing = findFiringBlockers(content.blockers, read, visible).map((blocker) => blocker.id);
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
 * The effect of an action on a score (one decimal). Answering a question can bring a section over
 * the "enough answers" line with a low score: the plan then promises no effect rather than a loss.
 */
function gain(before: number | null, after: number | null): number {
  return before === null || after === null ? 0 : Math.max(0, roundEffect(after - before));
}

const gateRank = (gate: PlanGateId): number => planGateIds.indexOf(gate);

/** A question without an entry in content.planActions (a content error the content test reports). */
function fallbackAction(question: ScoredQuestionCore): PlanActionContent {
  return {
    question: question.id,
    title: question.text,
    owner: "project-lead",
    gate: "before-procurement-pilot",
  };
}

/** The content's action for the question, or its variant for the answer given. */
function actionFor(
  planned: PlanActionContent,
  question: ScoredQuestionCore,
  answer: Answer | undefined,
): Omit<PlanActionContent, "forAnswers"> & { recommendation: PlanAction["recommendation"] } {
  const variant =
    answer?.type === "option"
      ? planned.forAnswers?.find((entry) => entry.in.includes(answer.value))
      : undefined;
  return variant
    ? { question: planned.question, ...variant }
    : {
        question: planned.question,
        title: planned.title,
        owner: planned.owner,
        gate: planned.gate,
        recommendation: question.recommendation,
      };
}

interface Placement {
  gate: PlanGateId;
  gateReason: PlanAction["gateReason"];
  decidesAdvice: AdviceId[];
}

/**
 * Where an action goes. Lifting a blocker, or deciding an advice check that fails, puts it before
 * anything else ("before you go on"). Any action of an advice check that fails or warns goes no
 * later than "before procurement or the pilot": the catalogue's three pieces of advice are its
 * main message. Otherwise the content's gate for the question holds.
 */
function placeAction(
  question: ScoredQuestionCore,
  planned: Pick<PlanActionContent, "gate">,
  liftsBlockers: readonly string[],
  advice: readonly AdviceOutcome[],
): Placement {
  const concerned = advice.filter(
    (check) =>
      (check.outcome === "fail" || check.outcome === "warn") &&
      (check.id === question.section || check.decidingQuestionIds.includes(question.id)),
  );
  const decidesAdvice = concerned.map((check) => check.id);
  if (liftsBlockers.length > 0) return { gate: "before-go-on", gateReason: "blocker", decidesAdvice };
  const failing = concerned.some(
    (check) => check.outcome === "fail" && check.decidingQuestionIds.includes(question.id),
  );
  if (failing) return { gate: "before-go-on", gateReason: "advice-fail", decidesAdvice };
  if (concerned.length > 0) {
    const gate =
      gateRank(planned.gate) > gateRank("before-procurement-pilot")
        ? "before-procurement-pilot"
        : planned.gate;
    return { gate, gateReason: "advice-warn", decidesAdvice };
  }
  return { gate: planned.gate, gateReason: "content", decidesAdvice };
}

const reasonRank: Record<PlanAction["gateReason"], number> = {
  blocker: 0,
  "advice-fail": 1,
  "advice-warn": 2,
  content: 3,
};

/**
 * The improvement plan: every shown scored question whose answer is below the best option, is
 * "don't know" or is unanswered, with what it does, who usually owns it, and the gate it must be
 * done before: "before you go on" (blockers and the deciding questions of failed advice checks),
 * "before procurement or the pilot", "before operation and scaling". Its effect is what changing
 * that one answer to the best option would add to the overall and section scores (0 when either
 * is missing), and which blockers it would lift. Only the sections the change can affect are
 * re-scored; the figures equal a full re-assessment before rounding. Ranked by gate, then within a
 * gate: blockers lifted, failed advice decided, other advice that fails or warns (the catalogue's
 * main message), then by effect on the overall score, on the section, and content order.
 */
export function planImprovements(
  content: PlanContent,
  answers: Answers,
  advice: readonly AdviceOutcome[] = [],
): PlanAction[] {
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
  const plannedFor = new Map(content.planActions.map((planned) => [planned.question, planned]));

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
    const planned = actionFor(plannedFor.get(question.id) ?? fallbackAction(question), question, original);
    const liftsBlockers = base.firing.filter((id) => !after.firing.includes(id));
    const action: PlanAction = {
      questionId: question.id,
      section: question.section,
      kind,
      ...placeAction(question, planned, liftsBlockers, advice),
      title: planned.title,
      owner: planned.owner,
      recommendation: planned.recommendation,
      overallGain: gain(base.overall, after.overall),
      sectionGain: gain(
        base.scores.get(question.section) ?? null,
        after.scores.get(question.section) ?? null,
      ),
      liftsBlockers,
      case: question.recommendationCase ?? null,
    };
    return [action];
  });

  const position = new Map(content.questions.map((question, index) => [question.id, index]));
  return actions.sort(
    (a, b) =>
      gateRank(a.gate) - gateRank(b.gate) ||
      reasonRank[a.gateReason] - reasonRank[b.gateReason] ||
      b.overallGain - a.overallGain ||
      b.sectionGain - a.sectionGain ||
      (position.get(a.questionId) ?? 0) - (position.get(b.questionId) ?? 0),
  );
}
