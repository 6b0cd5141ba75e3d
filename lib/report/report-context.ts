import { notEnoughAnswers } from "@/content/result-labels";
import { formatScore } from "../engine/rounding";
import type { AssessmentResult } from "../engine/types";
import type { AnswersDocument } from "../schemas/answers";
import type { Locale, LocalizedText, SectionId } from "../schemas/common";
import type { ResultsCase, ResultsContent } from "../content/results-content";
import type { LegalRule } from "../schemas/legal";
import type { QuestionCore } from "../schemas/question";
import type { Attribute } from "../schemas/vocabulary";
import { SHOWN_CASES } from "./limits";
import { fillText, resolveReportTexts, type ReportTexts } from "./report-texts";

/** What every part of the report model reads: the inputs, the language and quick look-ups. */
export interface ReportContext {
  doc: AnswersDocument;
  result: AssessmentResult;
  /** The results page passes its smaller part of the content; the PDF and the CLI pass all of it. */
  content: ResultsContent;
  locale: Locale;
  texts: ReportTexts;
  /** The report's date (YYYY-MM-DD, Danish time). */
  reportDate: string;
  pick: (text: LocalizedText) => string;
  question: (id: string) => QuestionCore | undefined;
  questionText: (id: string) => string;
  sectionTitle: (id: SectionId) => string;
  caseStudy: (id: string) => ResultsCase | undefined;
  attribute: (id: string) => Attribute | undefined;
  rule: (id: string) => LegalRule | undefined;
  /** "62,5 af 100", or "Ikke nok svar" for a missing score. */
  scoreText: (score: number | null) => string;
  /** "62,5" / "62.5". */
  number: (value: number) => string;
  fill: (template: string, values: Record<string, string | number>) => string;
}

export function createReportContext(
  doc: AnswersDocument,
  result: AssessmentResult,
  content: ResultsContent,
  locale: Locale,
  reportDate: string,
): ReportContext {
  const catalogue = resolveReportTexts(locale);
  // Texts that state a limit get it from limits.ts, so the number is written in one place.
  const texts: ReportTexts = {
    ...catalogue,
    casesLead: fillText(catalogue.casesLead, { count: SHOWN_CASES }),
  };
  const pick = (text: LocalizedText) => text[locale];
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const cases = new Map(content.cases.map((c) => [c.id as string, c]));
  const attributes = new Map(content.vocabulary.map((a) => [a.id as string, a]));
  const rules = new Map(content.legal.rules.map((r) => [r.id, r]));
  const sections = new Map<string, LocalizedText>([
    ...content.prerequisites.map((p) => [p.id, p.title] as const),
    ...content.advice.map((a) => [a.id, a.title] as const),
  ]);
  const number = (value: number) => formatScore(value, locale);
  return {
    doc,
    result,
    content,
    locale,
    texts,
    reportDate,
    pick,
    question: (id) => questions.get(id),
    questionText: (id) => {
      const question = questions.get(id);
      return question ? pick(question.text) : id;
    },
    sectionTitle: (id) => {
      const title = sections.get(id);
      if (title) return pick(title);
      return id === "profile" ? texts.appendixProfile : id;
    },
    caseStudy: (id) => cases.get(id),
    attribute: (id) => attributes.get(id),
    rule: (id) => rules.get(id),
    scoreText: (score) =>
      score === null ? notEnoughAnswers[locale] : fillText(texts.scoreOf100, { score: number(score) }),
    number,
    fill: fillText,
  };
}
