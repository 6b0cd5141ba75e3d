import type { ReactNode } from "react";

/** A titled part of a case page; its heading names the region for screen readers. */
export function CaseSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="case-section">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
