"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { assessmentStepIds, type AssessmentStepId, type QuestionStepId } from "@/lib/storage/steps";
import { useQuestionnaireContent, useStepFocusRequest } from "./assessment-context";
import { ErrorSummary, type SummaryError } from "./error-summary";
import { focusStepHeading } from "./focus-request";
import { RespondentFields } from "./respondent-fields";
import { ReviewSection } from "./review-section";
import { buildProjectRows, buildStepRows } from "./review-rows";
import { useStepTitle } from "./step-titles";
import { TabConflictAlert } from "./tab-conflict-alert";
import { useIssueErrors } from "./use-issue-errors";
import styles from "./assessment.module.css";

const questionSteps = assessmentStepIds.filter((step): step is QuestionStepId => step !== "review");

interface ReviewStepProps {
  document: DraftDocument;
  visibleIds: ReadonlySet<string>;
  onNavigate: (step: AssessmentStepId, targetId?: string) => void;
  onShowResults: () => void;
}

/**
 * The last step, below its heading (StepHeading): every answer at a glance, each with a link back
 * to change it.
 */
export function ReviewStep({ document, visibleIds, onNavigate, onShowResults }: ReviewStepProps) {
  const t = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const content = useQuestionnaireContent();
  const stepTitle = useStepTitle();
  const toSummaryErrors = useIssueErrors(onNavigate);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);

  const focus = useStepFocusRequest();
  useEffect(() => {
    if (focus.take()) focusStepHeading();
  }, [focus]);

  const labels = {
    dontKnow: t("question.dontKnow"),
    notApplicable: t("question.notApplicable"),
    unanswered: t("review.unanswered"),
    unknownOption: t("review.unknownOption"),
  };
  const sections = questionSteps.map((step) => ({
    section: step,
    rows: buildStepRows(content, step, document, visibleIds, locale, labels),
  }));
  const shown = sections.reduce((sum, entry) => sum + entry.rows.length, 0);
  const answered = sections.reduce((sum, entry) => sum + entry.rows.filter((row) => !row.missing).length, 0);
  const projectRows = buildProjectRows(document, {
    title: t("project.title"),
    organisation: t("project.organisation"),
    description: t("project.description"),
    empty: t("review.empty"),
    missingTitle: t("review.missingTitle"),
  });

  const showResults = () => {
    const result = validateAnswers(document, content, locale);
    if (result.ok) return onShowResults();
    setErrors(toSummaryErrors(result.issues));
    setAttempt((value) => value + 1);
  };

  return (
    <div>
      <TabConflictAlert />
      <p>{t("review.answeredCount", { answered, shown })}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {/* The project's own fields and the profile questions are both on the profile step. */}
      <ReviewSection
        step="profile"
        headingId="review-project"
        title={t("review.projectHeading")}
        rows={projectRows}
        onNavigate={onNavigate}
      />
      {sections.map(({ section, rows }) => (
        <ReviewSection
          key={section}
          step={section}
          headingId={`review-${section}`}
          title={stepTitle(section)}
          rows={rows}
          onNavigate={onNavigate}
        />
      ))}
      <RespondentFields document={document} />
      <div className={styles.stepActions}>
        <button type="button" className="button button-primary" onClick={showResults}>
          {t("actions.showResults")}
          <Icon name="arrow-forward" className="ml-3 mr-0" />
        </button>
        <button type="button" className="button button-secondary" onClick={() => onNavigate("data-first")}>
          <Icon name="arrow-back" className="mr-3" />
          {t("actions.previous")}
        </button>
      </div>
    </div>
  );
}
