"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { StoredChange } from "@/lib/storage/tab-sync";
import { useAssessment, useAssessmentStore } from "./assessment-context";
import { ConfirmPanel } from "./confirm-panel";
import { focusStepHeading } from "./focus-request";
import styles from "./assessment.module.css";

/**
 * Shown when the answers were also changed in another tab or window. This tab has stopped
 * saving; the user chooses whose answers to keep, and overwriting the other tab's needs a confirm.
 */
export function TabConflictAlert({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const snapshot = useAssessment();
  if (snapshot.status !== "ready" || !snapshot.conflict) return null;
  return <ConflictChoices change={snapshot.conflict} headingLevel={headingLevel} />;
}

function ConflictChoices({ change, headingLevel }: { change: StoredChange; headingLevel: 2 | 3 }) {
  const t = useTranslations("assessment.tabConflict");
  const store = useAssessmentStore();
  const [confirming, setConfirming] = useState(false);

  if (confirming) {
    return (
      <ConfirmPanel
        heading={t(`confirmHeading.${change}`)}
        text={t(`confirmText.${change}`)}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          store.keepTabAnswers();
          focusHeadingAfterAlert();
        }}
        onCancel={() => setConfirming(false)}
      />
    );
  }
  return (
    <Alert variant="warning" heading={t(`heading.${change}`)} headingLevel={headingLevel}>
      <p className="alert-text">{t(`text.${change}`)}</p>
      <p className="alert-text mt-3">{t("paused")}</p>
      <div className={styles.conflictChoice}>
        <button
          type="button"
          className="button button-secondary"
          aria-describedby="tab-conflict-load-hint"
          onClick={() => {
            store.loadStoredAnswers();
            focusHeadingAfterAlert();
          }}
        >
          {t(`load.${change}`)}
        </button>
        <p className="alert-text mt-2" id="tab-conflict-load-hint">
          {t(`loadHint.${change}`)}
        </p>
      </div>
      <div className={styles.conflictChoice}>
        <button
          type="button"
          className="button button-secondary"
          aria-describedby="tab-conflict-keep-hint"
          onClick={() => setConfirming(true)}
        >
          {t("keep")}
        </button>
        <p className="alert-text mt-2" id="tab-conflict-keep-hint">
          {t(`keepHint.${change}`)}
        </p>
      </div>
      <p className="alert-text mt-5">{t("exportTip")}</p>
    </Alert>
  );
}

/** The alert's buttons disappear with it; the user continues from the step's heading. */
function focusHeadingAfterAlert() {
  requestAnimationFrame(focusStepHeading);
}
