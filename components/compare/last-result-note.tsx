"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { useAssessmentStore } from "@/components/assessment/assessment-context";
import { explainVersionChange } from "@/lib/compare/diff-results";
import { isSameSummary, summarizeResult } from "@/lib/compare/summarize-result";
import type { AssessmentResult } from "@/lib/engine/types";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { VersionChangeNote } from "./version-change-note";

/**
 * Keeps the stored document's summary of its last result. When that result was computed under
 * an older model or content version, it first says what the result now says differently; the
 * summary is updated only once the user has seen the note ("Forstået").
 */
export function LastResultNote({
  document,
  result,
}: {
  document: AnswersDocument;
  result: AssessmentResult;
}) {
  const t = useTranslations("compare");
  const store = useAssessmentStore();
  const change = useMemo(() => explainVersionChange(document.lastResult, result), [document, result]);
  const record = () =>
    store.updateDocument((draft) => ({ ...draft, lastResult: summarizeResult(result, new Date()) }));

  useEffect(() => {
    if (change) return;
    if (isSameSummary(document.lastResult, summarizeResult(result, new Date()))) return;
    store.updateDocument((draft) => ({ ...draft, lastResult: summarizeResult(result, new Date()) }));
  }, [change, document, result, store]);

  if (!change || !document.lastResult) return null;
  return (
    <VersionChangeNote change={change} computedAt={document.lastResult.computedAt} result={result}>
      <button type="button" className="button button-secondary mt-4" onClick={record}>
        {t("versionAcknowledge")}
      </button>
    </VersionChangeNote>
  );
}
