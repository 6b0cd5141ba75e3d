import type { AnswersDocument } from "../schemas/answers";
import { checkAdvice } from "./check-advice";
import { visibleQuestionIds } from "./conditions";
import { findBlockers } from "./find-blockers";
import { matchCases } from "./match-cases";
import { MODEL_VERSION } from "./model-version";
import { planImprovements } from "./plan-improvements";
import { rankProjectGaps } from "./rank-project-gaps";
import { findWeakestPrerequisite, rateReadiness } from "./rate-readiness";
import { scoreSections } from "./score-sections";
import { triageLegal } from "./triage-legal";
import type { AssessmentResult, EngineContent } from "./types";

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
  return {
    modelVersion: MODEL_VERSION,
    contentVersion: content.version,
    overall: rateReadiness(
      sections.prerequisites.map((prerequisite) => prerequisite.score),
      blockers,
      content.readinessLevels,
    ),
    prerequisites: sections.prerequisites,
    weakestPrerequisite,
    blockers,
    advice,
    legal: triageLegal(content, answers, visible),
    plan: planImprovements(content, answers),
    matches: matchCases(content, answers, gaps, visible),
  };
}
