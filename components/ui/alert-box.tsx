import type { ReactNode } from "react";
import { Icon } from "./icon";
import type { AlertVariant } from "./alert";

interface AlertBoxProps {
  variant: AlertVariant;
  /** The icon's text alternative ("Information", "Advarsel" …), in the page's language. */
  iconLabel: string;
  heading?: string;
  headingLevel?: 2 | 3 | 4;
  /** Announce the alert to screen readers as it appears (role="alert"). */
  announce: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * The markup of a DKFDS alert, with every text given. <Alert> fills in the icon's label itself;
 * this one is for client components that get their texts from the server as props.
 */
export function AlertBox({
  variant,
  iconLabel,
  heading,
  headingLevel = 2,
  announce,
  children,
  className,
}: AlertBoxProps) {
  const Heading = `h${headingLevel}` as const;
  const classes = ["alert", `alert-${variant}`, className].filter(Boolean).join(" ");
  const content = typeof children === "string" ? <p className="alert-text">{children}</p> : children;
  return (
    <div className={classes} role={announce ? "alert" : undefined}>
      <Icon name={variant} label={iconLabel} className="alert-icon" />
      <div className="alert-body">
        {heading ? <Heading className="alert-heading">{heading}</Heading> : null}
        {content}
      </div>
    </div>
  );
}
