import type { CaseStudy } from "../schemas/case";
import type { Content } from "../schemas/content";
import type { ResultsContent } from "./results-content";

/**
 * What the questionnaire's pages need of the content: the questions, the vocabulary their
 * options come from, the sections they belong to, and, for each question's example from a case,
 * the case's organisation. The results need all of the content (rules, blockers, legal triage,
 * the cases' figures); the questionnaire leaves those out and its pages carry some 45 % less data.
 */
export type QuestionnaireContent = Pick<
  Content,
  "version" | "vocabulary" | "prerequisites" | "advice" | "questions"
> & {
  cases: Pick<CaseStudy, "id" | "organisation">[];
};

export function pickQuestionnaireContent(content: Content): QuestionnaireContent {
  const { version, vocabulary, prerequisites, advice, questions, cases } = content;
  return {
    version,
    vocabulary,
    prerequisites,
    advice,
    questions,
    cases: cases.map(({ id, organisation }) => ({ id, organisation })),
  };
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
