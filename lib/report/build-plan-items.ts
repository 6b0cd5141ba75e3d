import { actionOwnerLabels, planGateLabels } from "@/content/result-labels";
import type { PlanAction } from "../engine/types";
import type { ReportContext } from "./report-context";
import type { PlanItemModel } from "./report-model";

/**
 * The plan's actions as the report prints them, numbered by their rank in the whole plan, each
 * with its group, what it does and who usually owns it. What it moves is said in words (the
 * blocker it lifts, the advice it decides), never in points.
 */
export function buildPlanItems(actions: readonly PlanAction[], context: ReportContext): PlanItemModel[] {
  const { texts, fill, pick } = context;
  const blockerTitles = new Map(context.result.blockers.map((b) => [b.id, pick(b.title)]));
  const rankOf = new Map(context.result.plan.map((action, index) => [action, index + 1]));

  return actions.map((action, index) => {
    const effects: string[] = [];
    if (action.liftsBlockers.length > 0) {
      const titles = action.liftsBlockers.map((id) => blockerTitles.get(id) ?? id);
      effects.push(fill(texts.planLifts, { blockers: titles.join("; ") }));
    }
    if (action.decidesAdvice.length > 0) {
      const titles = action.decidesAdvice.map((id) => context.sectionTitle(id));
      effects.push(fill(texts.planDecidesAdvice, { advice: titles.join("; ") }));
    }
    const study = action.case ? context.caseStudy(action.case) : undefined;
    return {
      rank: rankOf.get(action) ?? index + 1,
      gate: pick(planGateLabels[action.gate]),
      title: pick(action.title),
      owner: fill(texts.planOwner, { owner: pick(actionOwnerLabels[action.owner]) }),
      recommendation: pick(action.recommendation),
      question: context.questionText(action.questionId),
      section: context.sectionTitle(action.section),
      effects,
      caseHint: study ? fill(texts.planCase, { organisation: pick(study.organisation) }) : null,
      caseId: study ? study.id : null,
    };
  });
}
