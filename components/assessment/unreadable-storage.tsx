"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icon";
import type { Locale } from "@/lib/schemas/common";
import type { UnreadableReason } from "@/lib/storage/stored-assessment";
import { useAssessmentStore } from "./assessment-context";
import { downloadTextFile } from "./download-file";
import { ImportAnswers } from "./import-answers";
import { StartOver } from "./start-over";
import styles from "./assessment.module.css";

interface UnreadableStorageProps {
  reason: UnreadableReason;
  raw: string;
  onStartedOver: () => void;
}

/**
 * Stored answers that cannot be used are never thrown away unasked: the user learns why, can
 * download the data as it is, and then start afresh.
 */
export function UnreadableStorage({ reason, raw, onStartedOver }: UnreadableStorageProps) {
  const t = useTranslations("assessment.unreadable");
  const locale = useLocale() as Locale;
  const store = useAssessmentStore();
  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadTextFile(
      `ai-parathed-saved-data-${day}.${reason === "not-json" ? "txt" : "json"}`,
      raw,
      reason === "not-json" ? "text/plain" : "application/json",
    );
  };
  return (
    <>
      <Alert variant="error" heading={t("heading")}>
        <p className="alert-text">{t(`reason.${reason}`)}</p>
        <p className="alert-text">{t("advice")}</p>
        <div className={styles.buttonRow}>
          <button type="button" className="button button-secondary" onClick={download}>
            <Icon name="download" className="mr-3" />
            {t("download")}
          </button>
          <StartOver
            warning={t("startOverWarning")}
            onConfirm={() => {
              store.startOver(locale);
              onStartedOver();
            }}
          />
        </div>
      </Alert>
      <ImportAnswers hasAnswers onImport={(document) => store.replaceDocument(document, "profile")} />
    </>
  );
}
