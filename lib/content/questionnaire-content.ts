import type { CaseStudy } from "../schemas/case";
import type { Content } from "../schemas/content";
import type { ProfileQuestion, ScoredQuestion } from "../schemas/question";
import { isScored } from "../schemas/question-kind";
import type { ResultsContent } from "./results-content";

/**
 * A question as the questionnaire asks it: with its help text and case example, without the
 * improvement plan's recommendation, which only the results show.
 */
export type AskedQuestion = ProfileQuestion | Omit<ScoredQuestion, "recommendation" | "recommendationCase">;

/**
 * What the questionnaire's pages need of the content: the questions, the vocabulary their
 * options come from, the sections they belong to, and, for each question's example from a case,
 * the case's organisation. The results need the rest (rules, blockers, legal triage, the
 * recommendations); the questionnaire leaves those out and its pages carry about half the data.
 */
export type QuestionnaireContent = Pick<Content, "version" | "vocabulary" | "prerequisites" | "advice"> & {
  questions: AskedQuestion[];
  cases: Pick<CaseStudy, "id" | "organisation">[];
};

export function pickQuestionnaireContent(content: Content): QuestionnaireContent {
  const { version, vocabulary, prerequisites, advice, questions, cases } = content;
  return {
    version,
    vocabulary,
    prerequisites,
    advice,
    questions: questions.map((question) => (isScored(question) ? withoutRecommendation(question) : question)),
    cases: cases.map(({ id, organisation }) => ({ id, organisation })),
  };
}

function withoutRecommendation({
  recommendation: _recommendation,
  recommendationCase: _recommendationCase,
  ...asked
}: ScoredQuestion): AskedQuestion {
  return asked;
}

/**
 * Whether a provider was given the questionnaire's content (all of the content is too) rather
 * than the results' part, whose questions have no help texts.
 */
export function isQuestionnaireContent(
  content: QuestionnaireContent | ResultsContent,
): content is QuestionnaireContent {
  return content.questions.every((question) => "help" in question);
}
