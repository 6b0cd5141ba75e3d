import { useTranslations } from "next-intl";
import type { CaseStudy, Effect } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";

const effectKinds = ["time", "quality", "economy"] as const satisfies readonly Effect["kind"][];

/**
 * A case's effects, grouped by time, quality and economy. Each text carries its figures as the
 * catalogue states them; the headline effects (also shown on the case's card) come first.
 */
export function CaseEffects({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations("cases.detail");
  return (
    <div className="case-effects">
      {effectKinds.map((kind) => {
        const effects = study.effects
          .filter((effect) => effect.kind === kind)
          .sort((a, b) => Number(b.headline) - Number(a.headline));
        if (effects.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`effects-${kind}`}>
            <h3 id={`effects-${kind}`}>{t(`effectKinds.${kind}`)}</h3>
            <ul>
              {effects.map((effect) => (
                <li key={effect.text.da} className={effect.headline ? "case-effect-headline" : undefined}>
                  {effect.text[locale]}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
