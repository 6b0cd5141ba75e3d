import type { AnswersDocument } from "../schemas/answers";
import { checkAdvice } from "./check-advice";
import { visibleQuestionIds } from "./conditions";
import { findBlockers } from "./find-blockers";
import { matchCases } from "./match-cases";
import { MODEL_VERSION } from "./model-version";
import { planImprovements } from "./plan-improvements";
import { rankProjectGaps } from "./rank-project-gaps";
import { rateQuickCheck } from "./rate-quick-check";
import { findWeakestPrerequisite, rateReadiness } from "./rate-readiness";
import { scoreSections, type SectionScores } from "./score-sections";
import { triageLegal } from "./triage-legal";
import type { AssessmentResult, EngineContent } from "./types";

/** The shown, applicable scored questions left empty, prerequisites and advice, in content order. */
function findUnansweredQuestionIds(sections: SectionScores): string[] {
  return [...sections.prerequisites, ...Object.values(sections.advice)].flatMap((section) =>
    section.contributions.filter((c) => c.state === "unanswered").map((c) => c.questionId),
  );
}

/**
 * Assesses a project from its answers: prerequisite scores and the overall readiness, blockers,
 * advice checks, legal triage, improvement plan and the most similar cases. Pure and
 * deterministic: the same answers and content always give the same result.
 */
export function assessProject(doc: AnswersDocument, content: EngineContent): AssessmentResult {
  const { answers } = doc;
  const visible = visibleQuestionIds(content, answers);
  const sections = scoreSections(content, answers, visible);
  const blockers = findBlockers(content, answers, visible);
  const weakestPrerequisite = findWeakestPrerequisite(sections.prerequisites);
  const advice = checkAdvice(content, answers, sections.advice, visible);
  const gaps = rankProjectGaps({ prerequisites: sections.prerequisites, blockers, advice });
  const unanswered = findUnansweredQuestionIds(sections);
  const full = rateReadiness(
    sections.prerequisites.map((prerequisite) => prerequisite.score),
    blockers,
    content.readinessLevels,
    unanswered,
  );
  // Without the full basis, the quick check's provisional verdict when its questions are answered.
  const overall =
    (full.level === null ? rateQuickCheck(content, answers, visible, blockers, unanswered) : null) ??
    ({ ...full, basis: "full" } as const);
  return {
    modelVersion: MODEL_VERSION,
    contentVersion: content.version,
    overall,
    prerequisites: sections.prerequisites,
    weakestPrerequisite,
    blockers,
    advice,
    legal: triageLegal(content, answers, visible),
    plan: planImprovements(content, answers, advice),
    matches: matchCases(content, answers, gaps, visible),
  };
}
