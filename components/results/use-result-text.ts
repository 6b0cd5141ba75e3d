"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { localePath } from "@/components/layout/locale-path";
import type { AdviceId, CaseId, Locale, PrerequisiteId } from "@/lib/schemas/common";
import type { ResultsContent } from "@/lib/content/results-content";
import type { AttributeId } from "@/lib/schemas/vocabulary";
import { useResultsContent } from "@/components/assessment/assessment-context";

/** Names for the ids in an assessment result, in the page's language. */
export function createResultText(content: ResultsContent, locale: Locale) {
  const sections = [...content.prerequisites, ...content.advice];
  return {
    locale,
    sectionTitle: (id: PrerequisiteId | AdviceId) =>
      sections.find((entry) => entry.id === id)?.title[locale] ?? id,
    questionText: (id: string) => content.questions.find((entry) => entry.id === id)?.text[locale] ?? id,
    optionLabel: (questionId: string, optionId: string) => {
      const question = content.questions.find((entry) => entry.id === questionId);
      if (!question || question.section === "profile") return optionId;
      return question.options.find((option) => option.id === optionId)?.label[locale] ?? optionId;
    },
    caseInfo: (id: CaseId) => {
      const found = content.cases.find((entry) => entry.id === id);
      return {
        organisation: found?.organisation[locale] ?? id,
        title: found?.title[locale] ?? id,
        href: localePath(locale, `/cases/${id}`),
      };
    },
    attributeLabel: (id: AttributeId) =>
      content.vocabulary.find((entry) => entry.id === id)?.label[locale] ?? id,
    valueLabels: (id: AttributeId, values: readonly string[]) => {
      const attribute = content.vocabulary.find((entry) => entry.id === id);
      return values.map(
        (value) => attribute?.values.find((entry) => entry.id === value)?.label[locale] ?? value,
      );
    },
  };
}

export type ResultText = ReturnType<typeof createResultText>;

export function useResultText(): ResultText {
  const content = useResultsContent();
  const locale = useLocale() as Locale;
  return useMemo(() => createResultText(content, locale), [content, locale]);
}
