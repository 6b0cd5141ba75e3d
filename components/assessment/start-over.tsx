"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { ConfirmPanel } from "./confirm-panel";

/** "Start over": deletes the stored answers, but only after the user confirms. */
export function StartOver({ onConfirm, warning }: { onConfirm: () => void; warning?: string }) {
  const t = useTranslations("assessment.startOver");
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (confirming) {
    return (
      <ConfirmPanel
        heading={t("confirmHeading")}
        text={warning ?? t("confirmText")}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => {
          setConfirming(false);
          onConfirm();
        }}
        onCancel={() => {
          setConfirming(false);
          requestAnimationFrame(() => buttonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button button-secondary"
      onClick={() => setConfirming(true)}
    >
      <Icon name="refresh" className="mr-3" />
      {t("button")}
    </button>
  );
}
