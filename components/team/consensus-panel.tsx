"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { downloadTextFile } from "@/components/assessment/download-file";
import { SaveInBrowser } from "@/components/share/save-shared-answers";
import { Alert } from "@/components/ui/alert";
import type { ReportContext } from "@/lib/report/report-context";
import type { AnswersDocument } from "@/lib/schemas/answers";
import { buildAnswersFileName, serializeAnswersDocument } from "@/lib/storage/answers-file";
import { buildConsensusDocument, type Settlement } from "@/lib/team/build-consensus";
import type { QuestionComparison } from "@/lib/team/compare-participants";

/** Makes the consensus document once every disagreement is settled: export it or save it here. */
export function ConsensusPanel({
  documents,
  questions,
  settlements,
  context,
}: {
  documents: readonly AnswersDocument[];
  questions: readonly QuestionComparison[];
  settlements: Readonly<Record<string, Settlement>>;
  context: ReportContext;
}) {
  const t = useTranslations("team");
  const [state, setState] = useState<
    { document: AnswersDocument; notesShortened: boolean } | { unsettled: string[] } | null
  >(null);
  const make = () => {
    const result = buildConsensusDocument(documents, questions, settlements, new Date());
    setState(
      result.ok
        ? { document: result.document, notesShortened: result.notesShortened }
        : { unsettled: result.unsettled },
    );
  };
  return (
    <div className="mt-7">
      <button type="button" className="button button-primary" onClick={make}>
        {t("makeConsensus")}
      </button>
      {state && "unsettled" in state ? (
        <Alert variant="error" heading={t("unsettledHeading")}>
          <p className="alert-text">
            {t("unsettled", {
              questions: state.unsettled.map((id) => `»${context.questionText(id)}«`).join(", "),
            })}
          </p>
        </Alert>
      ) : null}
      {state && "document" in state ? (
        <Alert variant="success" heading={t("readyHeading")}>
          <p className="alert-text">
            {t("readyText", { count: state.document.consensus?.disagreements.length ?? 0 })}
          </p>
          {state.notesShortened ? <p className="alert-text">{t("notesShortened")}</p> : null}
          <button
            type="button"
            className="button button-secondary mt-4 mr-4"
            onClick={() =>
              downloadTextFile(
                buildAnswersFileName(state.document.project.title, new Date()),
                serializeAnswersDocument(state.document),
              )
            }
          >
            {t("export")}
          </button>
          <SaveInBrowser
            document={state.document}
            next="/results"
            texts={{
              save: t("save"),
              confirmHeading: t("confirmHeading"),
              confirmText: t("confirmText"),
              confirm: t("confirm"),
              cancel: t("cancel"),
              savedHeading: t("savedHeading"),
              notSaved: t("notSaved"),
              next: t("toResults"),
            }}
          />
        </Alert>
      ) : null}
    </div>
  );
}
