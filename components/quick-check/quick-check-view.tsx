"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import {
  useQuestionnaireContentIfLoaded,
  useShownAssessment,
  useStepFocusRequest,
} from "@/components/assessment/assessment-context";
import { AssessmentLoading } from "@/components/assessment/assessment-loading";
import { stepHeadingId } from "@/components/assessment/element-ids";
import { UnreadableStorage } from "@/components/assessment/unreadable-storage";
import { localePath } from "@/components/layout/locale-path";
import { quickCheck, quickCheckQuestionIds, quickCheckUsualQuestionIds } from "@/content/quick-check";
import { visibleQuestionIds } from "@/lib/engine/conditions";
import type { Locale } from "@/lib/schemas/common";
import { QuickCheckForm } from "./quick-check-form";

const noAnswers = {};
const noQuestions: ReadonlySet<string> = new Set();

export function quickCheckPath(locale: Locale, index: number): string {
  const screen = quickCheck.screens[index];
  return localePath(locale, index === 0 || !screen ? "/quick-check" : `/quick-check/${screen.id}`);
}

/**
 * The quick check on one screen: its heading and the screen's questions. The last screen leads to
 * the results page, which shows the provisional verdict and the way on to the full assessment.
 */
export function QuickCheckView({ screenIndex }: { screenIndex: number }) {
  const t = useTranslations("quickCheck");
  const tAssessment = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const focus = useStepFocusRequest();
  const content = useQuestionnaireContentIfLoaded();
  const snapshot = useShownAssessment();
  const document = snapshot.status === "ready" ? snapshot.document : null;
  const answers = document?.answers ?? noAnswers;
  const visibleIds = useMemo(
    () => (content ? visibleQuestionIds(content, answers) : noQuestions),
    [content, answers],
  );
  const screen = quickCheck.screens[screenIndex] ?? quickCheck.screens[0]!;
  const total = quickCheck.screens.length;

  const go = (index: number) => {
    focus.request(null);
    router.push(quickCheckPath(locale, index));
  };

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <p className="step-subheading">
          {t("title")} – {t("screenOf", { number: screenIndex + 1, total })}
        </p>
        <h1 id={stepHeadingId} tabIndex={-1}>
          {t(`screens.${screen.id}.title`)}
        </h1>
        {screenIndex === 0 ? (
          <p className="font-lead">
            {t("intro", {
              questions: quickCheckUsualQuestionIds.length,
              generative: quickCheckQuestionIds.length,
            })}
          </p>
        ) : null}
        <p>{t(`screens.${screen.id}.intro`)}</p>
        {snapshot.status === "unreadable" ? (
          <UnreadableStorage reason={snapshot.reason} raw={snapshot.raw} onStartedOver={() => go(0)} />
        ) : snapshot.status === "ready" ? (
          <QuickCheckForm
            key={`${screen.id}-${snapshot.generation}`}
            questionIds={screen.questionIds}
            withProject={screenIndex === 0}
            isLast={screenIndex === total - 1}
            document={snapshot.document}
            visibleIds={visibleIds}
            onNext={() =>
              screenIndex === total - 1 ? router.push(localePath(locale, "/results")) : go(screenIndex + 1)
            }
            onPrevious={screenIndex > 0 ? () => go(screenIndex - 1) : null}
          />
        ) : (
          <AssessmentLoading text={tAssessment("loading")} />
        )}
      </div>
    </div>
  );
}
