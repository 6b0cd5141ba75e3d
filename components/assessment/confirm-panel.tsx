"use client";

import { useEffect, useId, useRef } from "react";
import { Icon } from "@/components/ui/icon";

interface ConfirmPanelProps {
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirm step in the page (instead of a modal): it takes focus when it appears, names what
 * will happen, and offers the safe choice next to the destructive one. Escape cancels.
 */
export function ConfirmPanel({
  heading,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className="alert alert-warning"
      role="group"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading" id={headingId}>
          {heading}
        </h3>
        <p className="alert-text">{text}</p>
        <div className="mt-5">
          <button type="button" className="button button-primary mr-4 mb-3" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button button-secondary mb-3" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
