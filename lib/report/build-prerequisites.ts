import { readAnswer } from "../engine/conditions";
import type { AnswerContribution, PrerequisiteResult } from "../engine/types";
import { buildPlanItems } from "./build-plan-items";
import { describeAnswer } from "./describe-answer";
import type { ReportContext } from "./report-context";
import type { PrerequisiteSectionModel, ScoredAnswerRowModel } from "./report-model";

export function buildPrerequisites(context: ReportContext): PrerequisiteSectionModel[] {
  return context.result.prerequisites.map((prerequisite) => buildPrerequisite(prerequisite, context));
}

function buildPrerequisite(
  prerequisite: PrerequisiteResult,
  context: ReportContext,
): PrerequisiteSectionModel {
  const { content, result, texts, pick, fill } = context;
  const definition = content.prerequisites.find((p) => p.id === prerequisite.id);
  return {
    id: prerequisite.id,
    title: context.sectionTitle(prerequisite.id),
    description: definition ? pick(definition.description) : "",
    score: prerequisite.score,
    scoreText: context.scoreText(prerequisite.score),
    answeredText: fill(texts.answeredOf, {
      answered: prerequisite.answered,
      unanswered: prerequisite.unanswered,
      applicable: prerequisite.applicable,
    }),
    answers: prerequisite.contributions.map((contribution) => buildAnswerRow(contribution, context)),
    answersCaption: fill(texts.answersCaption, { title: context.sectionTitle(prerequisite.id) }),
    recommendations: buildPlanItems(
      result.plan.filter((action) => action.section === prerequisite.id),
      context,
    ),
    lesson: buildLesson(prerequisite.id, context),
  };
}

/** One answer behind a score: the answer as the report writes it, its points and its part of the score. */
export function buildAnswerRow(
  contribution: AnswerContribution,
  context: ReportContext,
): ScoredAnswerRowModel {
  const { texts, fill, number } = context;
  const question = context.question(contribution.questionId);
  const answer = question
    ? describeAnswer(question, readAnswer(context.doc.answers, question.id), true, context).text
    : texts.answerUnanswered;
  // "Don't know" and an empty answer both count as the weakest answer.
  const counts = contribution.maxPoints > 0 && contribution.state !== "not-applicable";
  const values = { points: number(contribution.points), max: number(contribution.maxPoints) };
  const points = !counts
    ? texts.pointsNotCounted
    : fill(contribution.state === "answered" ? texts.pointsOf : texts.pointsDontKnow, values);
  const share = counts
    ? fill(texts.shareOf, { earned: number(contribution.earned), possible: number(contribution.possible) })
    : "–";
  return {
    question: context.questionText(contribution.questionId),
    answer,
    points,
    share,
    state: contribution.state,
  };
}

/** The closest case's lesson on this prerequisite: its note on the weakest one, else its note here. */
function buildLesson(
  id: PrerequisiteResult["id"],
  context: ReportContext,
): PrerequisiteSectionModel["lesson"] {
  const top = context.result.matches[0];
  const study = top ? context.caseStudy(top.caseId) : undefined;
  if (!top || !study) return null;
  const text = top.lesson?.prerequisite === id ? top.lesson.text : study.prerequisites[id];
  return text ? { caseName: context.pick(study.organisation), text: context.pick(text) } : null;
}
