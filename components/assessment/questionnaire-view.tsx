"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo } from "react";
import { localePath } from "@/components/layout/locale-path";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent, setDraftLanguage } from "@/lib/storage/draft-document";
import { assessmentStepIds, type AssessmentStepId } from "@/lib/storage/steps";
import { useAssessment, useAssessmentStore, useContent } from "./assessment-context";
import { AssessmentTools } from "./assessment-tools";
import { requestStepFocus } from "./focus-request";
import { ReviewStep } from "./review-step";
import { StepForm } from "./step-form";
import { StepIndicator } from "./step-indicator";
import { UnreadableStorage } from "./unreadable-storage";
import { useStepSummaries } from "./use-step-summaries";
import { LoadingState } from "@/components/ui/loading-state";

const noAnswers = {};

/** The questionnaire on one step: the step indicator, the step itself and the tools below it. */
export function QuestionnaireView({ step }: { step: AssessmentStepId }) {
  const t = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const content = useContent();
  const store = useAssessmentStore();
  const snapshot = useAssessment();
  const document = snapshot.status === "ready" ? snapshot.document : null;
  const answers = document?.answers ?? noAnswers;
  const visibleIds = useMemo(() => visibleQuestionIds(content, answers), [content, answers]);

  useEffect(() => {
    if (snapshot.status === "ready") store.setStep(step);
  }, [snapshot.status, store, step]);

  useEffect(() => {
    if (document && document.language !== locale && hasDraftContent(document)) {
      store.updateDocument((draft) => setDraftLanguage(draft, locale));
    }
  }, [document, locale, store]);

  const navigate = (target: AssessmentStepId, targetId?: string) => {
    requestStepFocus(targetId ?? null);
    router.push(localePath(locale, `/assessment/${target}`));
  };

  if (snapshot.status === "loading") return <LoadingState text={t("loading")} />;
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
  return (
    <ReadyQuestionnaire
      step={step}
      snapshot={snapshot}
      visibleIds={visibleIds}
      onNavigate={navigate}
      onShowResults={() => router.push(localePath(locale, "/results"))}
    />
  );
}

interface ReadyQuestionnaireProps {
  step: AssessmentStepId;
  snapshot: Extract<ReturnType<typeof useAssessment>, { status: "ready" }>;
  visibleIds: ReadonlySet<string>;
  onNavigate: (step: AssessmentStepId, targetId?: string) => void;
  onShowResults: () => void;
}

function ReadyQuestionnaire({
  step,
  snapshot,
  visibleIds,
  onNavigate,
  onShowResults,
}: ReadyQuestionnaireProps) {
  const { document, generation, savedAt, saveFailed, conflict } = snapshot;
  const steps = useStepSummaries(document, visibleIds);
  const stepNumber = assessmentStepIds.indexOf(step) + 1;
  const stepCount = assessmentStepIds.length;
  return (
    <div className="row">
      <div className="col-12 col-lg-4">
        <StepIndicator steps={steps} current={step} onNavigate={(target) => onNavigate(target)} />
      </div>
      <div className="col-12 col-lg-8">
        {step === "review" ? (
          <ReviewStep
            key={generation}
            stepNumber={stepNumber}
            stepCount={stepCount}
            document={document}
            visibleIds={visibleIds}
            onNavigate={onNavigate}
            onShowResults={onShowResults}
          />
        ) : (
          <StepForm
            key={`${step}-${generation}`}
            step={step}
            stepNumber={stepNumber}
            stepCount={stepCount}
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
      </div>
    </div>
  );
}
