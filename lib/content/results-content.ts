import type { CaseStudy } from "../schemas/case";
import type { Content } from "../schemas/content";
import type { QuestionCore } from "../schemas/question";
import type { QuestionnaireContent } from "./questionnaire-content";

/**
 * What the results page reads of a case: its name for the list of similar cases, and what matching
 * reads. The case's description, effects, economics and source are on its own page, which the
 * report links to.
 */
export type ResultsCase = Pick<
  CaseStudy,
  "id" | "order" | "organisation" | "title" | "profile" | "prerequisites" | "lessons"
>;

/**
 * What the results page needs of the content: everything the engine reads (assessProject takes it)
 * and the cases' names. The questions' help texts and case examples, shown only while answering,
 * stay with the questionnaire. Together this makes the results page's data about a third smaller.
 */
export type ResultsContent = Omit<Content, "questions" | "cases"> & {
  questions: QuestionCore[];
  cases: ResultsCase[];
};

export function pickResultsContent(content: Content): ResultsContent {
  return {
    ...content,
    questions: content.questions.map(({ help: _help, caseExample: _caseExample, ...question }) => question),
    cases: content.cases.map(({ id, order, organisation, title, profile, prerequisites, lessons }) => ({
      id,
      order,
      organisation,
      title,
      profile,
      prerequisites,
      lessons,
    })),
  };
}

/** Whether a provider was given the results' content rather than the questionnaire's part. */
export function isResultsContent(content: QuestionnaireContent | ResultsContent): content is ResultsContent {
  return "legal" in content && "blockers" in content;
}
