import { prerequisites } from "@/content/framework";
import type { CaseStudy } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";

/** What the case reports under each of the catalogue's five prerequisites. */
export function CasePrerequisites({ study, locale }: { study: CaseStudy; locale: Locale }) {
  return (
    <div className="case-prerequisites">
      {prerequisites.map((prerequisite) => {
        const note = study.prerequisites[prerequisite.id];
        if (!note) return null;
        return (
          <section key={prerequisite.id} aria-labelledby={`prerequisite-${prerequisite.id}`}>
            <h3 id={`prerequisite-${prerequisite.id}`}>{prerequisite.title[locale]}</h3>
            <p>{note[locale]}</p>
          </section>
        );
      })}
    </div>
  );
}
