"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/schemas/common";
import { formatSavedTime } from "./format-saved-time";

/** When the answers were last saved in this browser, or a warning that saving failed. */
export function SaveStatus({ savedAt, saveFailed }: { savedAt: string | null; saveFailed: boolean }) {
  const t = useTranslations("assessment.tools");
  const locale = useLocale() as Locale;
  if (saveFailed) {
    return (
      <Alert variant="warning" heading={t("saveFailedHeading")} headingLevel={3}>
        {t("saveFailed")}
      </Alert>
    );
  }
  if (!savedAt) return <p className="form-hint">{t("notSavedYet")}</p>;
  const time = formatSavedTime(savedAt, locale);
  return <p className="form-hint">{t("savedAt", { time })}</p>;
}
