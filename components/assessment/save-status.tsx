"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/schemas/common";
import { formatSavedTime } from "./format-saved-time";

interface SaveStatusProps {
  savedAt: string | null;
  saveFailed: boolean;
  /** Saving is paused because another tab changed the answers too. */
  conflict?: boolean;
}

/** When the answers were last saved in this browser, or why they are not being saved. */
export function SaveStatus({ savedAt, saveFailed, conflict = false }: SaveStatusProps) {
  const t = useTranslations("assessment.tools");
  const locale = useLocale() as Locale;
  if (conflict) return <p className="form-error-message">{t("conflictNotSaved")}</p>;
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
