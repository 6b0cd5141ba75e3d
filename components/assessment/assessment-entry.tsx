"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { content } from "@/content";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import { AssessmentProvider, useAssessment } from "./assessment-context";
import { browserAssessmentStore } from "./browser-store";

/** /assessment: continues on the step the user left, or starts on the profile. */
export function AssessmentEntry() {
  return (
    <AssessmentProvider content={content} store={browserAssessmentStore}>
      <ResumeRedirect />
    </AssessmentProvider>
  );
}

function ResumeRedirect() {
  const t = useTranslations("assessment");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const snapshot = useAssessment();
  const step =
    snapshot.status === "ready" ? snapshot.step : snapshot.status === "unreadable" ? "profile" : null;

  useEffect(() => {
    if (step) router.replace(localePath(locale, `/assessment/${step}`));
  }, [locale, router, step]);

  return <p>{t("loading")}</p>;
}
