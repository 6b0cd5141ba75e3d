"use client";

import { useRef, useState, type ReactNode } from "react";
import { ConfirmPanel } from "@/components/assessment/confirm-panel";
import { Icon } from "@/components/ui/icon";
import { deleteStoredAssessment, useHasStoredAssessment } from "./stored-assessment";

export interface StartNewTexts {
  button: string;
  heading: string;
  text: string;
  confirm: string;
  cancel: string;
  done: string;
}

/**
 * The front page's way in. A new user sees the choices (the quick check first); a returning user
 * sees the resume notice's »continue« as the one primary action and, below it, a secondary »Start
 * a new assessment«, which warns before it deletes the stored answers and then shows the choices.
 */
export function HomeStart({ choices, texts }: { choices: ReactNode; texts: StartNewTexts }) {
  const stored = useHasStoredAssessment();
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (!stored) {
    return (
      <>
        {deleted ? (
          <p role="status" className="font-lead">
            {texts.done}
          </p>
        ) : null}
        {choices}
      </>
    );
  }
  if (confirming) {
    return (
      <ConfirmPanel
        heading={texts.heading}
        text={texts.text}
        confirmLabel={texts.confirm}
        cancelLabel={texts.cancel}
        onConfirm={() => {
          setConfirming(false);
          setDeleted(true);
          deleteStoredAssessment();
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
      className="button button-secondary mb-5"
      onClick={() => setConfirming(true)}
    >
      <Icon name="refresh" className="mr-3" />
      {texts.button}
    </button>
  );
}
