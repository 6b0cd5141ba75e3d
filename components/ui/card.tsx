import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

interface CardProps {
  heading: string;
  headingLevel?: 2 | 3 | 4;
  /** Small text above the heading, e.g. the organisation. */
  subheading?: string;
  /** Makes the heading a link; the rest of the card stays plain text for screen readers. */
  href?: string;
  children?: ReactNode;
  className?: string;
}

/** A DKFDS card. */
export function Card({ heading, headingLevel = 2, subheading, href, children, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={className ? `card ${className}` : "card"}>
      <div className="card-content">
        {subheading ? <span className="card-subheading">{subheading}</span> : null}
        <Heading className="card-heading">{href ? <Link href={href}>{heading}</Link> : heading}</Heading>
        {children}
      </div>
    </div>
  );
}
