"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";
import { localePath } from "@/components/layout/locale-path";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent, setDraftLanguage } from "@/lib/storage/draft-document";
import { assessmentStepIds, type AssessmentStepId } from "@/lib/storage/steps";
import type { AssessmentSnapshot } from "@/lib/storage/assessment-store";
import {
  useAssessment,
  useAssessmentStore,
  useQuestionnaireContentIfLoaded,
  useStepFocusRequest,
} from "./assessment-context";
import { AssessmentLoading } from "./assessment-loading";
import { AssessmentTools } from "./assessment-tools";
import { ReviewStep } from "./review-step";
import { StepForm } from "./step-form";
import { StepHeading } from "./step-heading";
import { StepIndicator } from "./step-indicator";
import { UnreadableStorage } from "./unreadable-storage";
import { useStepSummaries } from "./use-step-summaries";

const noAnswers = {};
const noQuestions: ReadonlySet<string> = new Set();

/**
 * The questionnaire on one step: the step indicator, the step's heading and introduction, the
 * step itself and the tools below it. The server renders the indicator and the heading (the
 * answers are not known there); the questions follow once the browser has read its storage.
 */
export function QuestionnaireView({ step }: { step: AssessmentStepId }) {
  const t = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const content = useQuestionnaireContentIfLoaded();
  const store = useAssessmentStore();
  const snapshot = useAssessment();
  const focus = useStepFocusRequest();
  const ready = snapshot.status === "ready" ? snapshot : null;
  const document = ready?.document ?? null;
  const answers = document?.answers ?? noAnswers;
  const visibleIds = useMemo(
    () => (content ? visibleQuestionIds(content, answers) : noQuestions),
    [content, answers],
  );
  const steps = useStepSummaries(document, visibleIds);

  useEffect(() => {
    if (snapshot.status === "ready") store.setStep(step);
  }, [snapshot.status, store, step]);

  useEffect(() => {
    if (document && document.language !== locale && hasDraftContent(document)) {
      store.updateDocument((draft) => setDraftLanguage(draft, locale));
    }
  }, [document, locale, store]);

  const navigate = (target: AssessmentStepId, targetId?: string) => {
    focus.request(targetId ?? null, step === "review" && targetId !== undefined);
    router.push(localePath(locale, `/assessment/${target}`));
  };

  if (snapshot.status === "unreadable") {
    return (
      <>
        <h1>{t("metaTitle")}</h1>
        <UnreadableStorage
          reason={snapshot.reason}
          raw={snapshot.raw}
          onStartedOver={() => navigate("profile")}
        />
      </>
    );
  }
  const stepNumber = assessmentStepIds.indexOf(step) + 1;
  // One tree while loading and when ready, so the heading the server sent stays the same element.
  return (
    <div className="row">
      <div className="col-12 col-lg-4">
        <StepIndicator steps={steps} current={step} onNavigate={(target) => navigate(target)} />
      </div>
      <div className="col-12 col-lg-8">
        <StepHeading step={step} stepNumber={stepNumber} stepCount={assessmentStepIds.length} />
        {ready ? (
          <ReadyStep
            step={step}
            snapshot={ready}
            visibleIds={visibleIds}
            onNavigate={navigate}
            onShowResults={() => router.push(localePath(locale, "/results"))}
          />
        ) : (
          <AssessmentLoading text={t("loading")} />
        )}
      </div>
    </div>
  );
}

interface ReadyStepProps {
  step: AssessmentStepId;
  snapshot: Extract<AssessmentSnapshot, { status: "ready" }>;
  visibleIds: ReadonlySet<string>;
  onNavigate: (step: AssessmentStepId, targetId?: string) => void;
  onShowResults: () => void;
}

/** The step's questions (or the review of all answers) and the tools below them. */
function ReadyStep({ step, snapshot, visibleIds, onNavigate, onShowResults }: ReadyStepProps) {
  const { document, generation, savedAt, saveFailed, conflict } = snapshot;
  return (
    <>
      {step === "review" ? (
        <ReviewStep
          key={generation}
          document={document}
          visibleIds={visibleIds}
          onNavigate={onNavigate}
          onShowResults={onShowResults}
        />
      ) : (
        // Not remounted when the document changes: the form shows the new answers in place.
        <StepForm
          key={step}
          step={step}
          document={document}
          visibleIds={visibleIds}
          onNavigate={onNavigate}
        />
      )}
      <AssessmentTools
        step={step}
        document={document}
        savedAt={savedAt}
        saveFailed={saveFailed}
        conflict={conflict !== null}
        onNavigate={onNavigate}
      />
    </>
  );
}
