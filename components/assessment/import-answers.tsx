"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { parseAnswersFileBytes, type AnswersFileResult } from "@/lib/storage/answers-file";
import { useAnswersContent } from "./assessment-context";
import { ConfirmPanel } from "./confirm-panel";
import styles from "./assessment.module.css";

type ImportState =
  | { kind: "idle" }
  | { kind: "failed"; result: Extract<AnswersFileResult, { ok: false }> }
  | { kind: "confirm"; document: AnswersDocument }
  | { kind: "done"; title: string; saved: boolean };

interface ImportAnswersProps {
  /** Whether the browser holds answers that an import would replace. */
  hasAnswers: boolean;
  /** Replaces the answers; true when they were saved in the browser too. */
  onImport: (document: AnswersDocument) => boolean;
}

const MAX_LISTED_ISSUES = 5;

/** Reads an exported answers file. A bad file is explained and changes nothing. */
export function ImportAnswers({ hasAnswers, onImport }: ImportAnswersProps) {
  const t = useTranslations("assessment.import");
  const locale = useLocale() as Locale;
  const content = useAnswersContent();
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);

  const finish = (document: AnswersDocument) => {
    const saved = onImport(document);
    setState({ kind: "done", title: document.project.title, saved });
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = parseAnswersFileBytes(bytes, (input) => validateAnswers(input, content, locale));
    if (!result.ok) setState({ kind: "failed", result });
    else if (hasAnswers) setState({ kind: "confirm", document: result.document });
    else finish(result.document);
  };

  return (
    <div className="mb-5">
      <div className="form-group">
        <label className="form-label" htmlFor="import-answers-file">
          {t("label")}
        </label>
        <span className="form-hint" id="import-answers-hint">
          {t("hint")}
        </span>
        <input
          ref={inputRef}
          type="file"
          id="import-answers-file"
          accept=".json,application/json"
          className={styles.fileInput}
          aria-describedby="import-answers-hint"
          onChange={readFile}
        />
      </div>
      {state.kind === "failed" ? (
        <Alert variant="error" heading={t("failedHeading")} headingLevel={3}>
          <p className="alert-text">{t(`reason.${state.result.reason}`)}</p>
          {state.result.issues.length > 0 ? (
            <ul className="alert-text">
              {state.result.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  {issue.path ? <code>{issue.path}</code> : null} {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="alert-text">{t("nothingChanged")}</p>
        </Alert>
      ) : null}
      {state.kind === "confirm" ? (
        <ConfirmPanel
          heading={t("confirmHeading", { title: state.document.project.title })}
          text={t("confirmText")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onConfirm={() => finish(state.document)}
          onCancel={() => {
            setState({ kind: "idle" });
            inputRef.current?.focus();
          }}
        />
      ) : null}
      {state.kind === "done" ? (
        <Alert variant="success" heading={t("doneHeading")} headingLevel={3} announce>
          {t(state.saved ? "done" : "doneNotSaved", { title: state.title })}
        </Alert>
      ) : null}
    </div>
  );
}
