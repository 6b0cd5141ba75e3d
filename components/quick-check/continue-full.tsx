"use client";

import { useLocale, useTranslations } from "next-intl";
import { useResultsContent } from "@/components/assessment/assessment-context";
import { localePath } from "@/components/layout/locale-path";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import type { AssessmentResult } from "@/lib/engine/types";
import type { Locale } from "@/lib/schemas/common";

/**
 * On the results page, when the level is the quick check's provisional verdict: says so, and
 * offers the full assessment, which starts from the same answers document (every answer kept).
 */
export function ContinueFull({
  overall,
  offerContinue = true,
}: {
  overall: Pick<AssessmentResult["overall"], "basis">;
  /** False for a shared link's answers: the questionnaire is theirs only once saved in this browser. */
  offerContinue?: boolean;
}) {
  const t = useTranslations("quickCheck.result");
  const locale = useLocale() as Locale;
  const { readinessLevels, quickCheck } = useResultsContent();
  if (overall.basis !== "quick-check") return null;
  const highest = readinessLevels.find((level) => level.id === quickCheck?.highestLevel);
  return (
    <Alert variant="info" heading={t("heading")} announce={false}>
      <p className="alert-text">{t("text", { highest: highest?.label[locale] ?? "" })}</p>
      {offerContinue ? (
        <>
          <p className="alert-text">{t("continueText")}</p>
          <ButtonLink href={localePath(locale, "/assessment/profile")} icon="arrow-forward" className="mt-4">
            {t("continue")}
          </ButtonLink>
        </>
      ) : null}
    </Alert>
  );
}
