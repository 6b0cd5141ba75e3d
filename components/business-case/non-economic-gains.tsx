"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReferenceCase } from "@/lib/business-case/reference-case";
import type { Locale } from "@/lib/schemas/common";

/** The quality, working-environment and service gains the comparable cases report, beside the money. */
export function NonEconomicGains({ references }: { references: ReferenceCase[] }) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  const gains = references.flatMap((study) =>
    study.effects
      .filter((effect) => effect.kind === "quality")
      .map((effect) => ({
        key: `${study.id}-${effect.text.da}`,
        organisation: study.organisation[locale],
        text: effect.text[locale],
      })),
  );
  if (gains.length === 0) return null;
  return (
    <>
      <h3>{t("nonEconomicHeading")}</h3>
      <p>{t("nonEconomicIntro")}</p>
      <ul>
        {gains.map((gain) => (
          <li key={gain.key}>
            <strong>{gain.organisation}:</strong> {gain.text}
          </li>
        ))}
      </ul>
    </>
  );
}
