"use client";

import { useSyncExternalStore } from "react";
import { AlertBox } from "@/components/ui/alert-box";
import { ButtonLink } from "@/components/ui/button-link";
import { localePath } from "@/components/layout/locale-path";
import type { Locale } from "@/lib/schemas/common";
import { peekResumeInfo, type ResumeInfo } from "@/lib/storage/peek-resume";
import { STORAGE_KEY } from "@/lib/storage/storage-key";
import { formatSavedTime } from "./format-saved-time";
import type { ResumeTexts } from "./resume-texts";

let cache: { raw: string | null; info: ResumeInfo | null } = { raw: null, info: null };

/** Looks at the stored assessment without the schemas or the content (keeps the front page light). */
function readResumeInfo(): ResumeInfo | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === cache.raw) return cache.info;
  cache = { raw, info: peekResumeInfo(raw) };
  return cache.info;
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
  const info = useSyncExternalStore(subscribe, readResumeInfo, () => null);
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
