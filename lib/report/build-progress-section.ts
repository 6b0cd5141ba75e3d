import compareDa from "@/content/messages/da/compare.json";
import compareEn from "@/content/messages/en/compare.json";
import { diffProgress } from "../compare/diff-results";
import type { ResultsContent } from "../content/results-content";
import type { AssessmentResult } from "../engine/types";
import type { Answer, AnswersDocument } from "../schemas/answers";
import type { Locale } from "../schemas/common";
import { buildChart } from "./build-chart";
import { buildPlanItems } from "./build-plan-items";
import { buildSummary } from "./build-summary";
import { describeAnswer } from "./describe-answer";
import { createReportContext, type ReportContext } from "./report-context";

/** An answers document with its assessment (both under the current model and content). */
export interface AssessedDocument {
  document: AnswersDocument;
  result: AssessmentResult;
}

/**
 * What changed from an earlier file of a project to the current answers, in words: laid out by
 * the compare page, the PDF and the Word report alike.
 */
export interface ProgressSectionModel {
  heading: string;
  intro: string;
  /** "Ingen", for an empty list. */
  none: string;
  scores: {
    heading: string;
    columns: { measure: string; earlier: string; now: string; change: string };
    rows: { id: string; measure: string; earlier: string; now: string; change: string }[];
  };
  blockers: {
    heading: string;
    cleared: { heading: string; items: string[] };
    added: { heading: string; items: string[] };
  };
  actions: { heading: string; intro: string; items: string[] };
  answers: {
    heading: string;
    columns: { question: string; earlier: string; now: string };
    rows: { id: string; question: string; earlier: string; now: string }[];
  };
}

/** The compare page's texts (content/messages/{da,en}/compare.json), with {placeholders} only. */
const compareTexts = { da: compareDa, en: compareEn } satisfies Record<Locale, unknown>;

function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(iso));
}

function answerText(context: ReportContext, questionId: string, answer: Answer | null): string {
  const question = context.question(questionId);
  return question
    ? describeAnswer(question, answer ?? undefined, true, context).text
    : context.texts.answerUnknownOption;
}

/**
 * The progress between an earlier document of a project and the current one: the change of level
 * and of every score, blockers cleared and new, the earlier plan's actions now done, and every
 * changed answer. Both documents are assessed with the current model and content, so only the
 * answers explain the difference.
 */
export function buildProgressSection(
  earlier: AssessedDocument,
  current: AssessedDocument,
  content: ResultsContent,
  locale: Locale,
): ProgressSectionModel {
  const t = compareTexts[locale];
  const before = createReportContext(earlier.document, earlier.result, content, locale, "");
  const now = createReportContext(current.document, current.result, content, locale, "");
  const diff = diffProgress(
    earlier,
    current,
    content.questions.map((question) => question.id),
  );
  const [beforeSummary, nowSummary] = [buildSummary(before), buildSummary(now)];
  const [beforeChart, nowChart] = [buildChart(before), buildChart(now)];
  const change = (from: number | null, to: number | null) =>
    from === null || to === null || from === to
      ? t.unchanged
      : `${to > from ? "+" : "−"}${now.number(Math.abs(to - from))}`;
  const blockerTitle = (id: string) => {
    const index = earlier.result.blockers.findIndex((blocker) => blocker.id === id);
    const nowIndex = current.result.blockers.findIndex((blocker) => blocker.id === id);
    return (beforeSummary.blockers[index] ?? nowSummary.blockers[nowIndex])?.title ?? id;
  };
  const earlierPlan = buildPlanItems(earlier.result.plan, before);
  const actionsDone = diff.actionsDone.flatMap((questionId) => {
    const item = earlierPlan[earlier.result.plan.findIndex((action) => action.questionId === questionId)];
    return item ? [item.title] : [];
  });
  const count = diff.changedAnswers.length;
  const answersHeading = count === 0 ? t.answersNone : count === 1 ? t.answersOne : t.answersOther;
  return {
    heading: t.reportHeading,
    intro: now.fill(t.reportIntro, {
      now: formatDay(current.document.updatedAt, locale),
      earlier: formatDay(earlier.document.updatedAt, locale),
    }),
    none: t.none,
    scores: {
      heading: t.summaryHeading,
      columns: t.column,
      rows: [
        {
          id: "level",
          measure: t.level,
          earlier: beforeSummary.levelLabel,
          now: nowSummary.levelLabel,
          change: diff.level.from === diff.level.to ? t.unchanged : nowSummary.levelLabel,
        },
        {
          id: "overall",
          measure: t.overall,
          earlier: beforeSummary.overallText,
          now: nowSummary.overallText,
          change: change(diff.overall.from, diff.overall.to),
        },
        ...nowChart.rows.map((row, index) => {
          const previous = beforeChart.rows[index];
          return {
            id: row.id,
            measure: row.title,
            earlier: previous?.scoreText ?? "",
            now: row.scoreText,
            change: change(previous?.score ?? null, row.score),
          };
        }),
      ],
    },
    blockers: {
      heading: t.blockersHeading,
      cleared: { heading: t.cleared, items: diff.blockersCleared.map(blockerTitle) },
      added: { heading: t.new, items: diff.blockersNew.map(blockerTitle) },
    },
    actions: { heading: t.actionsHeading, intro: t.actionsIntro, items: actionsDone },
    answers: {
      heading: now.fill(answersHeading, { count }),
      columns: { question: t.question, earlier: t.column.earlier, now: t.column.now },
      rows: diff.changedAnswers.map((entry) => ({
        id: entry.questionId,
        question: now.questionText(entry.questionId),
        earlier: answerText(now, entry.questionId, entry.from),
        now: answerText(now, entry.questionId, entry.to),
      })),
    },
  };
}
