import type { AdviceId, CaseId, LocalizedText, PrerequisiteId, ReadinessLevelId } from "../schemas/common";
import type { ActionOwnerId, PlanGateId } from "../schemas/framework";
import type { CaseStudy } from "../schemas/case";
import type { Content } from "../schemas/content";
import type { QuestionCore } from "../schemas/question";
import type { AttributeId } from "../schemas/vocabulary";

/** What matching reads of a case: its profile, its notes per prerequisite and its lessons, its order. */
export type MatchedCase = Pick<CaseStudy, "id" | "order" | "profile" | "prerequisites" | "lessons">;

/**
 * What the engine reads of the content: all of it, but of the questions not their help texts and
 * case examples, and of the cases only what matching reads. The results page gets little more
 * than this (lib/content/results-content.ts); the full content is one too.
 */
export type EngineContent = Omit<Content, "questions" | "cases"> & {
  questions: readonly QuestionCore[];
  cases: readonly MatchedCase[];
};

/** How one answer counts towards its section's score ("Why this score?"). */
export interface AnswerContribution {
  questionId: string;
  /**
   * "answered" with points; "dont-know" and "unanswered" (a shown question left empty) both score
   * as the weakest option, a gap; "not-applicable" leaves the score.
   */
  state: "answered" | "dont-know" | "not-applicable" | "unanswered";
  optionId: string | null;
  points: number;
  maxPoints: number;
  weight: number;
  /** Share of the section's 0-100 score this answer earned (0 when it left the denominator). */
  earned: number;
  /** Share of the section's 0-100 score this answer could have earned. */
  possible: number;
}

export interface SectionScore {
  /** 0-100 (whole), or null when too few questions are answered ("not enough answers"). */
  score: number | null;
  /** Answered questions, "don't know" included. */
  answered: number;
  /** Shown, applicable questions left empty: each counts as a gap, like "don't know". */
  unanswered: number;
  /** Shown and applicable questions (the denominator's questions, answered or not). */
  applicable: number;
  /** Shown questions (applicable or not). */
  shown: number;
  contributions: AnswerContribution[];
}

export interface PrerequisiteResult extends SectionScore {
  id: PrerequisiteId;
}

export interface BlockerResult {
  id: string;
  prerequisite: PrerequisiteId;
  capsAt: ReadinessLevelId;
  title: LocalizedText;
  why: LocalizedText;
  action: LocalizedText;
  case: CaseId | null;
  /** The answers that made the blocker fire ("don't know" and empty ones included). */
  questionIds: string[];
  /**
   * "answer" when the answers given state the problem; "unknown" when it fires only because an
   * answer is "don't know" or missing (then title and why say what is not clarified).
   */
  basis: "answer" | "unknown";
}

export interface AdviceCheckResult {
  id: AdviceId;
  outcome: "pass" | "warn" | "fail" | "not-enough-answers";
  score: number | null;
  reasons: { ruleId: string | null; text: LocalizedText }[];
  /** The answers that decided the outcome. */
  decidingQuestionIds: string[];
  contributions: AnswerContribution[];
}

export type AiActClass =
  | "prohibited"
  | "high-risk-annex-i"
  | "high-risk-annex-iii"
  | "annex-iii-exception"
  | "transparency"
  | "minimal"
  | "undetermined";

export interface LegalFinding {
  text: LocalizedText;
  /** Ids of rules in content/legal-rules, shown with their article and source. */
  ruleIds: string[];
}

export type LegalPhase = "development" | "validation" | "operation" | "retraining";

/** One WP248 criterion as checked against the profile; "not-asked" where the tool has no question. */
export interface DpiaCriterion {
  id: string;
  /** A short name, e.g. "Stor skala". */
  name: LocalizedText;
  text: LocalizedText;
  state: "met" | "not-met" | "unknown" | "not-asked";
  ruleIds: string[];
}

export interface LegalTriageResult {
  aiActClass: AiActClass;
  aiActReasons: LegalFinding[];
  transparencyDuties: LegalFinding[];
  /** The DPIA status, the findings behind it, and every criterion checked with its outcome. */
  dpia: {
    status: "required" | "likely" | "not-indicated" | "undetermined";
    triggers: LegalFinding[];
    criteria: DpiaCriterion[];
  };
  fria: { applies: boolean; registration: boolean; reasons: LegalFinding[] };
  automatedDecision: LegalFinding[];
  legalBasis: {
    phase: LegalPhase;
    status: "clarified" | "in-progress" | "not-examined" | "unknown" | "not-needed" | "unanswered";
    questionId: string;
    ruleIds: string[];
  }[];
  /** Dated facts that may have changed since the content was reviewed: always "verify". */
  datesToVerify: string[];
  legalContentVersion: string;
  reviewedOn: string;
}

export interface PlanAction {
  questionId: string;
  section: PrerequisiteId | AdviceId;
  /** Why it is in the plan: the answer is weak, "don't know", or the question is unanswered. */
  kind: "improve" | "find-out" | "answer";
  /** When it must be done: the plan is grouped by these gates, in this order. */
  gate: PlanGateId;
  /** What moved it to its gate: a blocker it lifts, an advice check it decides, or the content. */
  gateReason: "blocker" | "advice-fail" | "advice-warn" | "content";
  /** What the action does, starting with a verb ("Afklar adgangen til data"). */
  title: LocalizedText;
  /** Who usually owns it. */
  owner: ActionOwnerId;
  recommendation: LocalizedText;
  /**
   * The effect: overall score gained if the answer became the best option (0-100 scale, one
   * decimal). It ranks actions within their gate; users are not shown it as points.
   */
  overallGain: number;
  sectionGain: number;
  /** Advice checks that fail or warn and that this question decides. */
  decidesAdvice: AdviceId[];
  /** Blockers that this action would lift. */
  liftsBlockers: string[];
  case: CaseId | null;
}

export interface AttributeComparison {
  attribute: AttributeId;
  /** 0-1: how alike the project and the case are on this attribute. */
  similarity: number;
  weight: number;
  projectValues: string[];
  caseValues: string[];
  shared: string[];
}

/**
 * Where the project most needs a lesson, most pressing first: a blocker's prerequisite, a piece of
 * advice it does not follow, its weakest prerequisite, advice it follows only partly, and other weak
 * prerequisites.
 */
export interface ProjectGap {
  prerequisite: PrerequisiteId | null;
  advice: AdviceId | null;
  reason: "blocker" | "advice-not-followed" | "weakest" | "advice-partly-followed" | "weak";
}

export interface CaseMatch {
  caseId: CaseId;
  /** 0-100. */
  similarity: number;
  /**
   * Below the content's "close" threshold, or nothing in common on the technology: shown as a weak
   * match, never as a precedent (content.matching).
   */
  weak: boolean;
  matches: AttributeComparison[];
  differs: AttributeComparison[];
  /** Attributes left out: unanswered by the project or not stated in the catalogue. */
  notCompared: AttributeId[];
  /**
   * The case's lesson for the project's most pressing gap it has a lesson for (see rankProjectGaps):
   * the prerequisite it addresses, the advice when it was picked for a piece of advice the project
   * does not follow, and why that gap was chosen.
   */
  lesson: {
    prerequisite: PrerequisiteId;
    advice: AdviceId | null;
    reason: ProjectGap["reason"];
    text: LocalizedText;
  } | null;
}

export interface AssessmentResult {
  modelVersion: string;
  contentVersion: string;
  overall: {
    /** Mean of the five prerequisite scores (whole), or null unless all five have one. */
    score: number | null;
    /**
     * The readiness level, or null ("not enough answers yet") when there is no overall score and
     * no blocker that decides the level on its own.
     */
    level: ReadinessLevelId | null;
    bandLevel: ReadinessLevelId | null;
    cappedBy: string[];
    /** Whether the level may still change because shown scored questions are unanswered. */
    provisional: boolean;
    /** Shown, applicable scored questions left empty, in content order: each counts as a gap. */
    unansweredQuestionIds: string[];
    /**
     * "full" when the level rests on every prerequisite's own score (or there is none yet);
     * "quick-check" when it is the quick check's provisional verdict (see rateQuickCheck).
     */
    basis: "full" | "quick-check";
  };
  prerequisites: PrerequisiteResult[];
  weakestPrerequisite: PrerequisiteId | null;
  blockers: BlockerResult[];
  advice: AdviceCheckResult[];
  legal: LegalTriageResult;
  plan: PlanAction[];
  matches: CaseMatch[];
}
