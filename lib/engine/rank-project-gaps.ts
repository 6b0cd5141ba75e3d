import type { AdviceId, PrerequisiteId } from "../schemas/common";
import type { AdviceCheckResult, ProjectGap } from "./types";

/** Below this score a prerequisite other than the weakest still counts as a gap for the lessons. */
export const WEAK_BELOW = 60;

interface GapInputs {
  prerequisites: readonly { id: PrerequisiteId; score: number | null }[];
  blockers: readonly { prerequisite: PrerequisiteId }[];
  advice: readonly Pick<AdviceCheckResult, "id" | "outcome">[];
}

/**
 * The project's gaps, most pressing first, each once: the prerequisites its blockers concern, the
 * advice it does not follow, its weakest prerequisite, the advice it follows only partly, and the
 * other prerequisites scoring below WEAK_BELOW, lowest first. A case's lesson is chosen for the
 * first of these it has a lesson on.
 */
export function rankProjectGaps({ prerequisites, blockers, advice }: GapInputs): ProjectGap[] {
  const gaps: ProjectGap[] = [];
  const seenPrerequisites = new Set<PrerequisiteId>();
  const addPrerequisite = (id: PrerequisiteId, reason: ProjectGap["reason"]): void => {
    if (seenPrerequisites.has(id)) return;
    seenPrerequisites.add(id);
    gaps.push({ prerequisite: id, advice: null, reason });
  };
  const addAdvice = (id: AdviceId, reason: ProjectGap["reason"]): void => {
    gaps.push({ prerequisite: null, advice: id, reason });
  };

  for (const blocker of blockers) addPrerequisite(blocker.prerequisite, "blocker");
  for (const check of advice) if (check.outcome === "fail") addAdvice(check.id, "advice-not-followed");
  const scored = prerequisites
    .filter((entry): entry is { id: PrerequisiteId; score: number } => entry.score !== null)
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => a.score - b.score || a.index - b.index);
  const [weakest, ...others] = scored;
  if (weakest) addPrerequisite(weakest.id, "weakest");
  for (const check of advice) if (check.outcome === "warn") addAdvice(check.id, "advice-partly-followed");
  for (const entry of others) if (entry.score < WEAK_BELOW) addPrerequisite(entry.id, "weak");
  return gaps;
}
