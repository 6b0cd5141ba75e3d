"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SensitivityItem } from "@/lib/business-case/sensitivity";
import { formatKroner } from "@/lib/business-case/format-kroner";
import type { Locale } from "@/lib/schemas/common";

/** How many inputs the page names: the rest move the result less. */
const SHOWN = 4;

/** The inputs that move the net present value most, largest swing first. */
export function SensitivityList({ items }: { items: SensitivityItem[] }) {
  const t = useTranslations("businessCase.result");
  const locale = useLocale() as Locale;
  return (
    <>
      <h3>{t("sensitivityHeading")}</h3>
      {items.length === 0 ? (
        <p>{t("sensitivityNone")}</p>
      ) : (
        <>
          <p>{t("sensitivityIntro")}</p>
          <ol>
            {items.slice(0, SHOWN).map((item) => (
              <li key={item.input}>
                {t("sensitivityItem", {
                  input: t(`inputs.${item.input}`),
                  low: formatKroner(Math.min(item.netPresentValueAtMin, item.netPresentValueAtMax), locale),
                  high: formatKroner(Math.max(item.netPresentValueAtMin, item.netPresentValueAtMax), locale),
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
