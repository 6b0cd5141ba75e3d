import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Icon } from "./icon";
import type { IconName } from "./icon-names";

interface TagLinkProps {
  href: string;
  children: ReactNode;
  /** e.g. "close" on a tag that removes a filter. */
  icon?: IconName;
}

/** A DKFDS tag as a link, e.g. an active filter that is removed when followed. */
export function TagLink({ href, children, icon }: TagLinkProps) {
  return (
    <Link href={href} className={icon ? "tag tag-icon" : "tag"}>
      {children}
      {icon ? <Icon name={icon} /> : null}
    </Link>
  );
}
