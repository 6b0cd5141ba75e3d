"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { useQuestionnaireContent, useStepFocusRequest } from "@/components/assessment/assessment-context";
import { stepHeadingId } from "@/components/assessment/element-ids";
import { ErrorSummary } from "@/components/assessment/error-summary";
import { focusFieldById, focusStepHeading } from "@/components/assessment/focus-request";
import { ProjectFields } from "@/components/assessment/project-fields";
import { QuestionFieldset } from "@/components/assessment/question-fieldset";
import { listQuestionChoices } from "@/components/assessment/question-options";
import { TabConflictAlert } from "@/components/assessment/tab-conflict-alert";
import { useStepForm } from "@/components/assessment/use-step-form";
import { Icon } from "@/components/ui/icon";
import type { DraftDocument } from "@/lib/storage/draft-document";
import styles from "@/components/assessment/assessment.module.css";

const noChoices = { multiple: false, options: [] };

interface QuickCheckFormProps {
  questionIds: readonly string[];
  /** The first screen asks for the project's title too. */
  withProject: boolean;
  isLast: boolean;
  document: DraftDocument;
  visibleIds: ReadonlySet<string>;
  onNext: () => void;
  onPrevious: (() => void) | null;
}

/**
 * One screen of the quick check: its questions, with the questionnaire's own fields, saved to the
 * same answers document as every change is made.
 */
export function QuickCheckForm({
  questionIds,
  withProject,
  isLast,
  document,
  visibleIds,
  onNext,
  onPrevious,
}: QuickCheckFormProps) {
  const t = useTranslations("quickCheck");
  const tAssessment = useTranslations("assessment");
  const content = useQuestionnaireContent();
  const focus = useStepFocusRequest();
  const questions = useMemo(
    () => questionIds.flatMap((id) => content.questions.filter((question) => question.id === id).slice(0, 1)),
    [content, questionIds],
  );
  const choicesById = useMemo(
    () =>
      new Map(questions.map((question) => [question.id, listQuestionChoices(question, content.vocabulary)])),
    [questions, content.vocabulary],
  );
  // The step only decides whether the project's fields are part of the form.
  const { form, summary, attempt, submit } = useStepForm(
    withProject ? "profile" : "data-technology",
    document,
    questions,
  );

  useEffect(() => {
    const request = focus.take();
    if (!request) return;
    if (!request.targetId || !focusFieldById(request.targetId)) focusStepHeading();
  }, [focus]);

  const shown = questions.filter((question) => visibleIds.has(question.id));
  return (
    <form noValidate onSubmit={submit(onNext)} aria-labelledby={stepHeadingId}>
      <TabConflictAlert />
      <ErrorSummary errors={summary} attempt={attempt} />
      {withProject ? <ProjectFields form={form} /> : null}
      {shown.map((question) => (
        <QuestionFieldset
          key={question.id}
          question={question}
          choices={choicesById.get(question.id) ?? noChoices}
          control={form.control}
        />
      ))}
      <p className="form-hint" aria-live="polite">
        {shown.length < questions.length
          ? tAssessment("question.hiddenCount", { count: questions.length - shown.length })
          : null}
      </p>
      <div className={styles.stepActions}>
        <button type="submit" className="button button-primary">
          {isLast ? t("finish") : t("next")}
          <Icon name="arrow-forward" className="ml-3 mr-0" />
        </button>
        {onPrevious ? (
          <button type="button" className="button button-secondary" onClick={onPrevious}>
            <Icon name="arrow-back" className="mr-3" />
            {t("previous")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
