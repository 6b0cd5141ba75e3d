import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Icon } from "./icon";
import type { IconName } from "./icon-names";

interface ButtonLinkProps {
  href: string;
  variant?: "primary" | "secondary" | "tertiary";
  /** An icon after the text, e.g. "arrow-forward" for a call to action. */
  icon?: IconName;
  children: ReactNode;
  className?: string;
}

/** A link that looks like a DKFDS button: for navigation, where a <button> would be wrong. */
export function ButtonLink({ href, variant = "primary", icon, children, className }: ButtonLinkProps) {
  const classes = ["button", `button-${variant}`, className].filter(Boolean).join(" ");
  return (
    <Link href={href} className={classes}>
      {children}
      {icon ? <Icon name={icon} className="ml-3 mr-0" /> : null}
    </Link>
  );
}
