"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useShownAssessment } from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { useReportContent } from "@/components/portfolio/report-content";
import { ResultsReport } from "@/components/results/results-report";
import { Alert } from "@/components/ui/alert";
import { assessProject } from "@/lib/engine/assess-project";
import { validateAnswers, type ValidationIssue } from "@/lib/engine/validate-answers";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { decodeShareFragment } from "@/lib/share/share-link";
import { SaveSharedAnswers } from "./save-shared-answers";

type LinkState =
  | { status: "reading" }
  | {
      status: "failed";
      reason: "empty" | "not-a-share-link" | "too-new" | "damaged" | "invalid";
      issues: ValidationIssue[];
    }
  | { status: "ok"; document: AnswersDocument };

/**
 * A shared link's assessment, read from the address's fragment (never sent to the server) and
 * shown read-only; the user may save it in this browser. A link that cannot be read changes nothing.
 */
export function SharedView() {
  const t = useTranslations("share");
  const snapshot = useShownAssessment();
  if (snapshot.status === "loading") return <AssessmentLoading text={t("loading")} />;
  return <SharedAssessment />;
}

function SharedAssessment() {
  const t = useTranslations("share");
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const [fragment, setFragment] = useState<string | null>(null);

  useEffect(() => {
    const read = () => setFragment(window.location.hash);
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  const state = useMemo((): LinkState => {
    if (fragment === null) return { status: "reading" };
    const decoded = decodeShareFragment(fragment);
    if (!decoded.ok) return { status: "failed", reason: decoded.reason, issues: [] };
    const validation = validateAnswers(decoded.document, content, locale);
    if (!validation.ok) return { status: "failed", reason: "invalid", issues: validation.issues };
    return { status: "ok", document: validation.doc };
  }, [fragment, content, locale]);
  const result = useMemo(
    () => (state.status === "ok" ? assessProject(state.document, content) : null),
    [state, content],
  );

  if (state.status === "reading") return <AssessmentLoading text={t("loading")} />;
  if (state.status === "failed") {
    return (
      <>
        <h1>{t("metaTitle")}</h1>
        <Alert variant="error" heading={t("failedHeading")}>
          <p className="alert-text">{t(`reason.${state.reason}`)}</p>
          {state.issues.length > 0 ? (
            <ul className="alert-text">
              {state.issues.slice(0, 5).map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="alert-text">{t("nothingChanged")}</p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <Alert variant="info" heading={t("readOnlyHeading")} announce={false} className="no-print">
        <p className="alert-text">{t("readOnlyText")}</p>
        <SaveSharedAnswers document={state.document} />
      </Alert>
      {result ? <ResultsReport document={state.document} result={result} readOnly /> : null}
    </>
  );
}
