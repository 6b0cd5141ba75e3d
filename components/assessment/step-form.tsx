"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Icon } from "@/components/ui/icon";
import type { DraftDocument } from "@/lib/storage/draft-document";
import { findNeighbourSteps, type AssessmentStepId, type QuestionStepId } from "@/lib/storage/steps";
import { useQuestionnaireContent, useStepFocusRequest } from "./assessment-context";
import { ErrorSummary } from "./error-summary";
import { stepHeadingId } from "./element-ids";
import { focusFieldById, focusStepHeading } from "./focus-request";
import { ProjectFields } from "./project-fields";
import { QuestionFieldset } from "./question-fieldset";
import { listQuestionChoices } from "./question-options";
import { TabConflictAlert } from "./tab-conflict-alert";
import { listStepQuestions } from "./step-progress";
import { useStepForm } from "./use-step-form";
import styles from "./assessment.module.css";

const noChoices = { multiple: false, options: [] };

interface StepFormProps {
  step: QuestionStepId;
  document: DraftDocument;
  visibleIds: ReadonlySet<string>;
  onNavigate: (step: AssessmentStepId) => void;
}

/**
 * One section of the questionnaire, below its heading (StepHeading): its questions, and the way
 * back and on.
 */
export function StepForm({ step, document, visibleIds, onNavigate }: StepFormProps) {
  const t = useTranslations("assessment");
  const content = useQuestionnaireContent();
  const questions = useMemo(() => listStepQuestions(content, step), [content, step]);
  const choicesById = useMemo(
    () =>
      new Map(questions.map((question) => [question.id, listQuestionChoices(question, content.vocabulary)])),
    [questions, content.vocabulary],
  );
  const { form, summary, attempt, submit } = useStepForm(step, document, questions);
  const { previous, next } = findNeighbourSteps(step);

  const focus = useStepFocusRequest();
  // Opened from the review's "Change" link: the way back to the review comes first.
  const [fromReview] = useState(() => focus.peek()?.fromReview ?? false);
  useEffect(() => {
    const request = focus.take();
    if (!request) return;
    if (!request.targetId || !focusFieldById(request.targetId)) focusStepHeading();
  }, [focus]);

  const shown = questions.filter((question) => visibleIds.has(question.id));

  return (
    <form
      noValidate
      onSubmit={submit(() => (fromReview ? onNavigate("review") : next && onNavigate(next)))}
      aria-labelledby={stepHeadingId}
    >
      <TabConflictAlert />
      <ErrorSummary errors={summary} attempt={attempt} />
      {step === "profile" ? <ProjectFields form={form} /> : null}
      {step === "profile" ? <h2 className="h3">{t("sections.profile.questionsHeading")}</h2> : null}
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
          ? t("question.hiddenCount", { count: questions.length - shown.length })
          : null}
      </p>
      <div className={styles.stepActions}>
        {fromReview ? (
          <button type="submit" className="button button-primary">
            {t("actions.saveAndReturn")}
            <Icon name="arrow-forward" className="ml-3 mr-0" />
          </button>
        ) : null}
        <button
          type={fromReview ? "button" : "submit"}
          className={fromReview ? "button button-secondary" : "button button-primary"}
          onClick={fromReview ? submit(() => next && onNavigate(next)) : undefined}
        >
          {next === "review" ? t("actions.toReview") : t("actions.next")}
          <Icon name="arrow-forward" className="ml-3 mr-0" />
        </button>
        {previous ? (
          <button type="button" className="button button-secondary" onClick={() => onNavigate(previous)}>
            <Icon name="arrow-back" className="mr-3" />
            {t("actions.previous")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
