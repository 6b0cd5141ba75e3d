import { adviceOutcomeLabels, describeLevel } from "@/content/result-labels";
import { buildPlanItems } from "./build-plan-items";
import { buildAnswerRow } from "./build-prerequisites";
import { TOP_ACTIONS } from "./limits";
import type { ReportContext } from "./report-context";
import type { SummaryModel } from "./report-model";

export function buildSummary(context: ReportContext): SummaryModel {
  const { result, content, texts, pick, fill } = context;
  const levelLabel = (id: string) => {
    const level = content.readinessLevels.find((l) => l.id === id);
    return level ? pick(level.label) : id;
  };
  const level = content.readinessLevels.find((l) => l.id === result.overall.level);
  const { score, bandLevel, provisional, unansweredQuestionIds } = result.overall;
  const notes: string[] = [];
  if (score === null || result.overall.level === null) notes.push(texts.summaryNoScore);
  else if (bandLevel !== null && bandLevel !== result.overall.level) {
    notes.push(
      fill(texts.summaryCapped, { band: levelLabel(bandLevel), level: levelLabel(result.overall.level) }),
    );
  }
  if (provisional) {
    notes.push(fill(texts.summaryProvisional, { count: String(unansweredQuestionIds.length) }));
  }
  const levelNote = notes.length > 0 ? notes.join(" ") : null;

  return {
    levelId: result.overall.level,
    levelLabel: describeLevel(result.overall, content.readinessLevels, context.locale),
    levelMeaning: level ? pick(level.meaning) : "",
    overallScore: score,
    overallText: context.scoreText(score),
    levelNote,
    blockers: result.blockers.map((blocker) => {
      const study = blocker.case ? context.caseStudy(blocker.case) : undefined;
      return {
        title: pick(blocker.title),
        why: pick(blocker.why),
        action: pick(blocker.action),
        prerequisite: context.sectionTitle(blocker.prerequisite),
        capsAt: fill(texts.blockerCaps, { level: levelLabel(blocker.capsAt) }),
        caseHint: study ? fill(texts.planCase, { organisation: pick(study.organisation) }) : null,
        caseId: study ? study.id : null,
      };
    }),
    advice: result.advice.map((check) => {
      const title = context.sectionTitle(check.id);
      return {
        id: check.id,
        title,
        outcome: check.outcome,
        outcomeLabel: pick(adviceOutcomeLabels[check.outcome]),
        reasons: check.reasons.map((reason) => pick(reason.text)),
        answers: check.contributions.map((contribution) => buildAnswerRow(contribution, context)),
        whyText: fill(texts.adviceWhy, { title }),
        answersCaption: fill(texts.adviceCaption, { title }),
      };
    }),
    topActions: buildPlanItems(result.plan.slice(0, TOP_ACTIONS), context),
    planLength: result.plan.length,
    planMore: result.plan.length > TOP_ACTIONS ? fill(texts.planTotal, { count: result.plan.length }) : null,
    planShowAll: fill(texts.planShowAll, { count: result.plan.length }),
    levels: content.readinessLevels.map((entry, index) => {
      const next = content.readinessLevels[index + 1];
      return {
        id: entry.id,
        label: pick(entry.label),
        range: fill(texts.levelRange, { from: entry.minScore, to: next ? next.minScore - 1 : 100 }),
        current: entry.id === result.overall.level,
      };
    }),
  };
}
