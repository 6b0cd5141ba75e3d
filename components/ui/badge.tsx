import type { ReactNode } from "react";

export type BadgeVariant = "neutral" | "info" | "success" | "warning" | "error";

interface BadgeProps {
  variant?: BadgeVariant;
  children: ReactNode;
  className?: string;
}

/** A DKFDS badge: a short, non-interactive label such as a status. */
export function Badge({ variant = "neutral", children, className }: BadgeProps) {
  const classes = ["badge", variant === "neutral" ? null : `badge-${variant}`, className]
    .filter(Boolean)
    .join(" ");
  return <span className={classes}>{children}</span>;
}
