"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { validateAnswers } from "@/lib/engine/validate-answers";
import type { Locale } from "@/lib/schemas/common";
import { parseAnswersFileBytes, type AnswersFileResult } from "@/lib/storage/answers-file";
import { useReportContent } from "./report-content";

/** One chosen file and what reading it gave. */
export interface LoadedAnswersFile {
  name: string;
  result: AnswersFileResult;
}

/**
 * A file field for answers files (one or many): each file is read and checked in the browser,
 * and a file that cannot be used comes back with its reason rather than stopping the others.
 */
export function AnswerFilesField({
  label,
  hint,
  multiple,
  onLoaded,
}: {
  label: string;
  hint: string;
  multiple: boolean;
  onLoaded: (files: LoadedAnswersFile[]) => void;
}) {
  const id = useId();
  const locale = useLocale() as Locale;
  const content = useReportContent();
  const readFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    const loaded = await Promise.all(
      files.map(async (file): Promise<LoadedAnswersFile> => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        return {
          name: file.name,
          result: parseAnswersFileBytes(bytes, (input) => validateAnswers(input, content, locale)),
        };
      }),
    );
    onLoaded(loaded);
  };
  return (
    <div className="form-group no-print">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        className="form-input"
        type="file"
        id={id}
        accept=".json,application/json"
        multiple={multiple}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          void readFiles(input.files).then(() => {
            input.value = "";
          });
        }}
      />
    </div>
  );
}

/** Why a file could not be read, in the user's language, with the first problems found. */
export function FileProblem({ file }: { file: LoadedAnswersFile }) {
  const t = useTranslations("assessment.import");
  if (file.result.ok) return null;
  const { reason, issues } = file.result;
  return (
    <>
      <strong>{file.name}</strong>: {t(`reason.${reason}`)}
      {issues.length > 0 ? (
        <ul>
          {issues.slice(0, 3).map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
