import { adviceOutcomeLabels } from "@/content/result-labels";
import { buildPlanItems } from "./build-plan-items";
import type { ReportContext } from "./report-context";
import type { SummaryModel } from "./report-model";

/** How many actions the summary lists. */
export const TOP_ACTIONS = 5;

export function buildSummary(context: ReportContext): SummaryModel {
  const { result, content, texts, pick, fill } = context;
  const levelLabel = (id: string) => {
    const level = content.readinessLevels.find((l) => l.id === id);
    return level ? pick(level.label) : id;
  };
  const level = content.readinessLevels.find((l) => l.id === result.overall.level);
  const { score, bandLevel } = result.overall;
  let levelNote: string | null = null;
  if (score === null) levelNote = texts.summaryNoScore;
  else if (bandLevel !== null && bandLevel !== result.overall.level) {
    levelNote = fill(texts.summaryCapped, {
      band: levelLabel(bandLevel),
      level: levelLabel(result.overall.level),
    });
  }

  return {
    levelId: result.overall.level,
    levelLabel: levelLabel(result.overall.level),
    levelMeaning: level ? pick(level.meaning) : "",
    overallScore: score,
    overallText: context.scoreText(score),
    levelNote,
    blockers: result.blockers.map((blocker) => ({
      title: pick(blocker.title),
      why: pick(blocker.why),
      action: pick(blocker.action),
      prerequisite: context.sectionTitle(blocker.prerequisite),
      capsAt: fill(texts.blockerCaps, { level: levelLabel(blocker.capsAt) }),
    })),
    advice: result.advice.map((check) => {
      const advice = content.advice.find((a) => a.id === check.id);
      return {
        title: advice ? pick(advice.title) : check.id,
        outcome: check.outcome,
        outcomeLabel: pick(adviceOutcomeLabels[check.outcome]),
        reasons: check.reasons.map((reason) => pick(reason.text)),
      };
    }),
    topActions: buildPlanItems(result.plan.slice(0, TOP_ACTIONS), context),
  };
}
