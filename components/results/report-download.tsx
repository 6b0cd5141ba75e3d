"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { downloadBlob } from "@/components/assessment/download-file";
import { Icon } from "@/components/ui/icon";
import { toReportDate } from "@/lib/report/report-date";
import { buildReportFileName, readContentDispositionFileName } from "@/lib/report/report-file-name";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import styles from "./results.module.css";

type DownloadState = { status: "idle" } | { status: "busy" } | { status: "failed"; message: string };

/** The PDF, or the same report as a Word document (the one to use with a screen reader). */
const formats = {
  pdf: { query: "", type: "application/pdf", extension: "pdf" },
  docx: {
    query: "&format=docx",
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
} as const;

/** The message of an error response from the API, or null when the body is not one. */
async function readErrorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" ? body.error.message : null;
  } catch {
    return null;
  }
}

/**
 * "Download PDF": sends the answers once to POST /api/report, in the page's language, and saves
 * the report it gets back. The server renders the report in memory and keeps nothing; the note
 * under the button says so before the user clicks. Failures are shown in the user's language and
 * leave the answers untouched; the user can simply try again.
 */
export function ReportDownload({
  document: answers,
  previous,
}: {
  document: AnswersDocument;
  /** An earlier file of the same project: the report gets a section on the progress since (the compare page). */
  previous?: AnswersDocument;
}) {
  const t = useTranslations("results.download");
  const locale = useLocale() as Locale;
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const inFlight = useRef(false);
  const noteId = useId();
  const statusId = useId();

  /**
   * When the body names no reason: a 503 or 429 (ours without its JSON, or a proxy's or load
   * balancer's in front of busy copies) means the server is busy, so the user is told to try again.
   */
  const fallbackMessage = (status: number) =>
    status === 503 || status === 429 ? t("failedBusy") : t("failedStatus", { status });

  const download = async (format: keyof typeof formats) => {
    const { query, type: expected, extension } = formats[format];
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ status: "busy" });
    try {
      const response = await fetch(`/api/report?lang=${locale}${query}`, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8", Accept: expected },
        body: JSON.stringify(previous ? { ...answers, previous } : answers),
        credentials: "same-origin",
        cache: "no-store",
      });
      const type = response.headers.get("content-type") ?? "";
      if (!response.ok || !type.startsWith(expected)) {
        const message = (await readErrorMessage(response)) ?? fallbackMessage(response.status);
        setState({ status: "failed", message });
        return;
      }
      const blob = await response.blob();
      const fileName =
        readContentDispositionFileName(response.headers.get("content-disposition")) ??
        buildReportFileName(answers.project.title, toReportDate(new Date()), extension).unicode;
      downloadBlob(fileName, blob);
      setState({ status: "idle" });
    } catch {
      setState({ status: "failed", message: t("failedNetwork") });
    } finally {
      inFlight.current = false;
    }
  };

  const busy = state.status === "busy";
  return (
    <div className="mb-5">
      <div className={styles.downloadButtons}>
        <button
          type="button"
          className="button button-primary"
          onClick={() => download("pdf")}
          aria-disabled={busy || undefined}
          aria-describedby={noteId}
        >
          <Icon name="file-pdf" className="mr-3" />
          {t("button")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => download("docx")}
          aria-disabled={busy || undefined}
          aria-describedby={noteId}
        >
          <Icon name="download" className="mr-3" />
          {t("buttonWord")}
        </button>
      </div>
      <p className="form-hint mt-2" id={noteId}>
        {t("note")}
      </p>
      <p id={statusId} role="status" className={busy ? "mt-2" : "sr-only"}>
        {busy ? t("busy") : ""}
      </p>
      {state.status === "failed" ? (
        <p className="form-error-message" role="alert">
          {t("failed", { message: state.message })}
        </p>
      ) : null}
    </div>
  );
}
