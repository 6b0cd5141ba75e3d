"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent } from "@/lib/storage/draft-document";
import { STORAGE_KEY } from "@/lib/storage/envelope";
import { loadStoredAssessment } from "@/lib/storage/stored-assessment";
import { formatSavedTime } from "./format-saved-time";

interface ResumeInfo {
  title: string;
  step: string;
  savedAt: string;
}

let cache: { raw: string | null; info: ResumeInfo | null } = { raw: null, info: null };

/** Reads the stored assessment without the content (keeps the front page light). */
function readResumeInfo(): ResumeInfo | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === cache.raw) return cache.info;
  const result = loadStoredAssessment({ getItem: () => raw, setItem: () => {}, removeItem: () => {} });
  const info =
    result.status === "ok" && hasDraftContent(result.envelope.document)
      ? {
          title: result.envelope.document.project.title.trim(),
          step: result.envelope.step,
          savedAt: result.envelope.savedAt,
        }
      : null;
  cache = { raw, info };
  return info;
}

function subscribe(listener: () => void) {
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

/**
 * "Continue where you left off": shown on the front page when this browser holds an assessment
 * in progress. Renders nothing on the server and when there is nothing to resume.
 */
export function ResumeNotice() {
  const t = useTranslations("assessment.resume");
  const locale = useLocale() as Locale;
  const info = useSyncExternalStore(subscribe, readResumeInfo, () => null);
  if (!info) return null;
  const time = formatSavedTime(info.savedAt, locale);
  return (
    <Alert variant="info" heading={t("heading")} announce={false}>
      <p className="alert-text">
        {info.title ? t("text", { title: info.title }) : t("textUntitled")} {t("savedAt", { time })}
      </p>
      <div className="mt-4">
        <ButtonLink
          href={localePath(locale, `/assessment/${info.step}`)}
          icon="arrow-forward"
          className="mr-4 mb-3"
        >
          {t("continue")}
        </ButtonLink>
        {info.title ? (
          <ButtonLink href={localePath(locale, "/results")} variant="secondary" className="mb-3">
            {t("results")}
          </ButtonLink>
        ) : null}
      </div>
    </Alert>
  );
}
