import type { ReactNode } from "react";

/**
 * Lets a wide DKFDS table scroll sideways on a narrow screen instead of widening the page. The
 * container can take keyboard focus, so the table can be scrolled without a mouse; its label
 * names it for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
