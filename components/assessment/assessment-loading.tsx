"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { LoadingState } from "@/components/ui/loading-state";
import { useRetryContent } from "./assessment-context";

/**
 * What the questionnaire and the results show until the content and the stored answers are
 * read; if the content could not be loaded, why, and a way to try again (nothing stored is lost).
 */
export function AssessmentLoading({ text }: { text: string }) {
  const t = useTranslations("assessment.contentFailed");
  const retry = useRetryContent();
  if (!retry) return <LoadingState text={text} />;
  return (
    <Alert variant="error" heading={t("heading")}>
      <p className="alert-text">{t("text")}</p>
      <button type="button" className="button button-secondary mt-4" onClick={retry}>
        {t("retry")}
      </button>
    </Alert>
  );
}
