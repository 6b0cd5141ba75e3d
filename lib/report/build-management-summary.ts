import { resolveManagementTexts, type ManagementTexts } from "./management-texts";
import type {
  AdviceModel,
  BlockerModel,
  LabelledValue,
  PlanItemModel,
  ReportModel,
  SummaryModel,
} from "./report-model";
import { fillText } from "./report-texts";

/** How many of the closest cases the summary compares. */
export const SUMMARY_CASES = 3;

export interface PlanGroupModel {
  gate: string;
  items: PlanItemModel[];
}

export interface SummaryCaseModel {
  rank: number;
  organisation: string;
  title: string;
  similarityText: string;
  /** Investment, annual operation, annual saving: the catalogue's figures or "Ikke oplyst". */
  economics: LabelledValue[];
  /** The case's first stated effect with a figure (or its first effect), as the catalogue says it. */
  effect: string | null;
}

/**
 * The report's first two pages: the verdict, the blockers, the three pieces of advice, the first
 * actions at each milestone of the plan, the legal indication and what the closest cases cost
 * and achieved. The plan actions listed here are left out of the rest of the plan, so that no
 * recommendation is printed twice.
 */
export interface ManagementSummaryModel {
  texts: ManagementTexts;
  verdict: SummaryModel;
  blockers: BlockerModel[];
  advice: AdviceModel[];
  firstActions: PlanGroupModel[];
  legal: LabelledValue[];
  cases: SummaryCaseModel[];
  /** When fewer of the cases are close than shown, the sentence that says so. */
  casesCloseness: string | null;
  /** The plan without the actions above, by milestone. */
  restOfPlan: PlanGroupModel[];
  /** Says which actions the summary holds ("Handlingerne 1, 2 og 5 står i sammenfatningen"). */
  restOfPlanLead: string;
}

/** Actions by milestone, in plan order; the plan is already ordered by milestone. */
export function groupByGate(items: readonly PlanItemModel[]): PlanGroupModel[] {
  const groups: PlanGroupModel[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.gate === item.gate) last.items.push(item);
    else groups.push({ gate: item.gate, items: [item] });
  }
  return groups;
}

function listRanks(ranks: readonly number[], and: string): string {
  if (ranks.length <= 1) return ranks.join("");
  return `${ranks.slice(0, -1).join(", ")} ${and} ${ranks.at(-1)}`;
}

/** Builds the management summary from the report's model, so that it says what the report says. */
export function buildManagementSummary(model: ReportModel): ManagementSummaryModel {
  const texts = resolveManagementTexts(model.locale);
  // The same first actions as the results page and the CLI, by the plan's milestone.
  const firstActions = groupByGate(model.summary.topActions);
  const inSummary = new Set(firstActions.flatMap((group) => group.items.map((item) => item.rank)));
  const restOfPlan = groupByGate(model.plan.filter((item) => !inSummary.has(item.rank)));
  const ranks = [...inSummary].sort((a, b) => a - b);
  const restOfPlanLead =
    restOfPlan.length === 0
      ? texts.restOfPlanNone
      : fillText(ranks.length === 1 ? texts.restOfPlanLead : texts.restOfPlanLeadMany, {
          ranks: listRanks(ranks, texts.and),
        });

  const { legal } = model;
  return {
    texts,
    verdict: model.summary,
    blockers: model.summary.blockers,
    advice: model.summary.advice,
    firstActions: firstActions.filter((group) => group.items.length > 0),
    legal: [
      { label: texts.legalAiAct, value: legal.aiActClass },
      { label: texts.legalDpia, value: legal.dpiaStatus },
      {
        label: texts.legalFria,
        value: [legal.fria, legal.registration].map((text) => text.replace(/\.$/, "")).join(". ") + ".",
      },
    ],
    cases: model.cases.slice(0, SUMMARY_CASES).map((study) => {
      const effect = study.effects.find((item) => item.figures !== null) ?? study.effects[0];
      return {
        rank: study.rank,
        organisation: study.organisation,
        title: study.title,
        similarityText: study.similarityText,
        economics: study.economics.map(({ label, value }) => ({ label, value })),
        effect: effect ? `${effect.kind}: ${effect.text}` : null,
      };
    }),
    casesCloseness: model.casesCloseness,
    restOfPlan,
    restOfPlanLead,
  };
}
