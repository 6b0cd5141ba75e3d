import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AlertBox } from "./alert-box";

export type AlertVariant = "info" | "success" | "warning" | "error";

interface AlertProps {
  variant: AlertVariant;
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  /**
   * Announce the alert to screen readers as it appears (role="alert"). DKFDS does so for warnings
   * and errors; turn it off for text that is simply part of the page.
   */
  announce?: boolean;
  /** Rich content (lists, several paragraphs) instead of one paragraph of text. */
  children: ReactNode;
  className?: string;
}

/** A DKFDS alert: a coloured box with an icon, an optional heading and text. */
export function Alert({ variant, heading, headingLevel = 2, announce, children, className }: AlertProps) {
  const t = useTranslations("common.alert");
  const isAnnounced = announce ?? (variant === "warning" || variant === "error");
  return (
    <AlertBox
      variant={variant}
      iconLabel={t(variant)}
      heading={heading}
      headingLevel={headingLevel}
      announce={isAnnounced}
      className={className}
    >
      {children}
    </AlertBox>
  );
}
