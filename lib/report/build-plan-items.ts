import type { PlanAction } from "../engine/types";
import type { ReportContext } from "./report-context";
import type { PlanItemModel } from "./report-model";

/** The plan's actions as the report prints them, numbered by their rank in the whole plan. */
export function buildPlanItems(actions: readonly PlanAction[], context: ReportContext): PlanItemModel[] {
  const { texts, fill, number } = context;
  const kindLabels: Record<PlanAction["kind"], string> = {
    improve: texts.planKindImprove,
    "find-out": texts.planKindFindOut,
    answer: texts.planKindAnswer,
  };
  const blockerTitles = new Map(context.result.blockers.map((b) => [b.id, context.pick(b.title)]));
  const rankOf = new Map(context.result.plan.map((action, index) => [action, index + 1]));

  return actions.map((action, index) => {
    const section = context.sectionTitle(action.section);
    const effects: string[] = [];
    if (action.liftsBlockers.length > 0) {
      const titles = action.liftsBlockers.map((id) => blockerTitles.get(id) ?? id);
      effects.push(fill(texts.planLifts, { blockers: titles.join("; ") }));
    }
    if (action.overallGain > 0) effects.push(fill(texts.planGain, { gain: number(action.overallGain) }));
    if (action.sectionGain > 0)
      effects.push(fill(texts.planSectionGain, { gain: number(action.sectionGain), section }));
    const study = action.case ? context.caseStudy(action.case) : undefined;
    return {
      rank: rankOf.get(action) ?? index + 1,
      recommendation: context.pick(action.recommendation),
      question: context.questionText(action.questionId),
      section,
      kind: kindLabels[action.kind],
      effects,
      caseHint: study ? fill(texts.planCase, { organisation: context.pick(study.organisation) }) : null,
    };
  });
}
