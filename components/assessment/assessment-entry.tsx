"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import { useAssessment } from "./assessment-context";
import { AssessmentLoading } from "./assessment-loading";

/**
 * /assessment: continues on the step the user left, or starts on the profile. The stored
 * assessment comes from the layout's BrowserAssessmentProvider.
 */
export function AssessmentEntry() {
  const t = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const snapshot = useAssessment();
  const step =
    snapshot.status === "ready" ? snapshot.step : snapshot.status === "unreadable" ? "profile" : null;

  useEffect(() => {
    if (step) router.replace(localePath(locale, `/assessment/${step}`));
  }, [locale, router, step]);

  return <AssessmentLoading text={t("loading")} />;
}
