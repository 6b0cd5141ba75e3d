import type { LocalizedText } from "../schemas/common";
import type { ReportContext } from "./report-context";
import type { MethodModel } from "./report-model";

/** How the report is computed, and the sources it rests on: each legal source once, with every citation used. */
export function buildMethod(context: ReportContext): MethodModel {
  const { texts, content, result, fill, pick } = context;
  const sources = new Map<string, Set<string>>();
  const addSource = (source: { title: LocalizedText; citation: LocalizedText }) => {
    const title = pick(source.title);
    const citations = sources.get(title) ?? new Set<string>();
    citations.add(pick(source.citation));
    sources.set(title, citations);
  };
  content.legal.rules.forEach((rule) => addSource(rule.source));
  content.legal.dates.forEach((date) => addSource(date.source));
  return {
    paragraphs: [
      { heading: texts.methodScoresHeading, text: texts.methodScores },
      { heading: texts.methodLevelsHeading, text: texts.methodLevels },
      { heading: texts.methodMatchingHeading, text: texts.methodMatching },
      { heading: texts.methodLegalHeading, text: texts.methodLegal },
      { heading: texts.methodCatalogueHeading, text: texts.methodCatalogue },
    ],
    sources: [...sources].map(([title, citations]) => ({
      title,
      citations: summarizeCitations([...citations]),
    })),
    versions: fill(texts.methodVersions, {
      model: result.modelVersion,
      content: result.contentVersion,
      legal: result.legal.legalContentVersion,
    }),
    glyphNote: null,
  };
}

/**
 * Citations of one source usually differ only in the article ("EUR-Lex OJ L 2024/1689, Article 5",
 * "…, Article 27"); the legal section names the articles, so the list of sources gives the part
 * they share. Citations without a shared part are listed as they are.
 */
export function summarizeCitations(citations: readonly string[]): string[] {
  const heads = new Set(citations.map((citation) => citation.split(", ")[0] ?? citation));
  const [head] = heads;
  if (citations.length > 1 && heads.size === 1 && head !== undefined) return [head];
  return [...citations];
}
