"use client";

import { useMemo, useSyncExternalStore } from "react";
import { AlertBox } from "@/components/ui/alert-box";
import { ButtonLink } from "@/components/ui/button-link";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import { peekResumeInfo, type ResumeInfo } from "@/lib/storage/peek-resume";
import { STORAGE_KEY } from "@/lib/storage/storage-key";
import { formatSavedTime } from "./format-saved-time";
import type { ResumeTexts } from "./resume-texts";

/**
 * The stored assessment as its text: a string, so React sees the same snapshot for as long as
 * the stored text is the same, and nothing needs to be remembered between reads.
 */
function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void) {
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * "Continue where you left off": shown on the front page when this browser holds an assessment
 * in progress. Renders nothing on the server and when there is nothing to resume. Its texts come
 * from the server as props, so the front page loads no message library and no schemas.
 */
export function ResumeNotice({ texts, locale }: { texts: ResumeTexts; locale: Locale }) {
  const raw = useSyncExternalStore(subscribe, readStored, () => null);
  // Read without the schemas or the content (keeps the front page light).
  const info: ResumeInfo | null = useMemo(() => peekResumeInfo(raw), [raw]);
  if (!info) return null;
  const time = formatSavedTime(info.savedAt, locale);
  return (
    <AlertBox variant="info" iconLabel={texts.iconLabel} heading={texts.heading} announce={false}>
      <p className="alert-text">
        {info.title ? fill(texts.text, { title: info.title }) : texts.textUntitled}{" "}
        {fill(texts.savedAt, { time })}
      </p>
      <div className="mt-4">
        <ButtonLink
          href={localePath(locale, `/assessment/${info.step}`)}
          icon="arrow-forward"
          className="mr-4 mb-3"
        >
          {texts.continue}
        </ButtonLink>
        {info.title ? (
          <ButtonLink href={localePath(locale, "/results")} variant="secondary" className="mb-3">
            {texts.results}
          </ButtonLink>
        ) : null}
      </div>
    </AlertBox>
  );
}
