"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AnswersDocument } from "@/lib/schemas/answers";
import type { Locale } from "@/lib/schemas/common";
import { hasDraftContent, type DraftDocument } from "@/lib/storage/draft-document";
import type { AssessmentStepId } from "@/lib/storage/steps";
import { useAssessmentStore } from "./assessment-context";
import { projectFieldIds } from "./element-ids";
import { ExportAnswers } from "./export-answers";
import { ImportAnswers } from "./import-answers";
import { SaveStatus } from "./save-status";
import { StartOver } from "./start-over";
import styles from "./assessment.module.css";

interface AssessmentToolsProps {
  step: AssessmentStepId;
  document: DraftDocument;
  savedAt: string | null;
  saveFailed: boolean;
  /** Another tab changed the answers too; nothing is saved until the user chooses. */
  conflict: boolean;
  onNavigate: (step: AssessmentStepId, targetId?: string) => void;
}

/** Saving, exporting, importing and starting over: below every step of the questionnaire. */
export function AssessmentTools({
  step,
  document,
  savedAt,
  saveFailed,
  conflict,
  onNavigate,
}: AssessmentToolsProps) {
  const t = useTranslations("assessment.tools");
  const locale = useLocale() as Locale;
  const store = useAssessmentStore();
  const importDocument = (imported: AnswersDocument) => store.replaceDocument(imported, step);

  return (
    <section className={styles.tools} aria-labelledby="assessment-tools-heading">
      <h2 className="h4" id="assessment-tools-heading">
        {t("heading")}
      </h2>
      <p>{t("privacy")}</p>
      <SaveStatus savedAt={savedAt} saveFailed={saveFailed} conflict={conflict} />
      <ExportAnswers
        document={document}
        onMissingTitle={() => onNavigate("profile", projectFieldIds.title)}
      />
      <ImportAnswers hasAnswers={hasDraftContent(document)} onImport={importDocument} />
      <StartOver
        onConfirm={() => {
          store.startOver(locale);
          onNavigate("profile");
        }}
      />
    </section>
  );
}
