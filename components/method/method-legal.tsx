import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { MethodLegalRules } from "./method-legal-rules";
import { aiActClassLabels, legalPhaseLabels } from "@/content/result-labels";
import type { AiActClass, LegalPhase } from "@/lib/engine/types";
import type { Locale } from "@/lib/schemas/common";

/** The classes the triage can point to; "undetermined" only means the profile is unanswered. */
const aiActClasses: AiActClass[] = [
  "prohibited",
  "high-risk-annex-i",
  "high-risk-annex-iii",
  "annex-iii-exception",
  "transparency",
  "minimal",
];
const phases: LegalPhase[] = ["development", "operation", "retraining"];

/** Method page: what the legal triage looks at, and that it is an indication only. */
export async function MethodLegal({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "method.legal" });
  return (
    <>
      <p>{t("intro")}</p>
      <ul>
        <li>
          {t("aiAct")}
          <ul>
            {aiActClasses.map((id) => (
              <li key={id}>{aiActClassLabels[id][locale]}</li>
            ))}
          </ul>
        </li>
        <li>{t("dpia")}</li>
        <li>{t("fria")}</li>
        <li>
          {t("basis")}
          <ul>
            {phases.map((phase) => (
              <li key={phase}>{legalPhaseLabels[phase][locale]}</li>
            ))}
          </ul>
        </li>
      </ul>
      <p>{t("dates")}</p>
      <MethodLegalRules locale={locale} />
      <Alert variant="warning" heading={t("notAdviceHeading")} headingLevel={3} announce={false}>
        {t("notAdvice")}
      </Alert>
    </>
  );
}
