"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { buildAnswersFileName, serializeAnswersDocument } from "@/lib/storage/answers-file";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { useAnswersContent } from "./assessment-context";
import { downloadTextFile } from "./download-file";

/** Downloads the answers as a JSON file that can be imported again later or elsewhere. */
export function ExportAnswers({
  document,
  onMissingTitle,
}: {
  document: DraftDocument;
  onMissingTitle?: () => void;
}) {
  const t = useTranslations("assessment.export");
  const locale = useLocale() as Locale;
  const content = useAnswersContent();
  const [problem, setProblem] = useState<string | null>(null);

  const exportAnswers = () => {
    const result = validateAnswers(document, content, locale);
    if (!result.ok) {
      const missingTitle = result.issues.some((issue) => issue.path.startsWith("project.title"));
      setProblem(missingTitle ? t("missingTitle") : t("invalid"));
      return;
    }
    setProblem(null);
    downloadTextFile(
      buildAnswersFileName(result.doc.project.title, new Date()),
      serializeAnswersDocument(result.doc),
    );
  };

  return (
    <div className="mb-5">
      <button
        type="button"
        className="button button-secondary"
        onClick={exportAnswers}
        aria-describedby={problem ? "export-problem" : undefined}
      >
        <Icon name="download" className="mr-3" />
        {t("button")}
      </button>
      {problem ? (
        <p className="form-error-message" id="export-problem" role="alert">
          {problem}{" "}
          {onMissingTitle ? (
            <button type="button" className="function-link" onClick={onMissingTitle}>
              {t("goToTitle")}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
