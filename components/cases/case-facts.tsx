import { useTranslations } from "next-intl";
import { StructuredList } from "@/components/ui/structured-list";
import type { CaseStudy } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";
import { CaseStatusBadge } from "./case-status-badge";

/** A case's key facts: organisation, technology, domain, status and period. */
export function CaseFacts({ study, locale }: { study: CaseStudy; locale: Locale }) {
  const t = useTranslations("cases.detail");
  return (
    <StructuredList
      className="case-facts"
      items={[
        { label: t("organisation"), value: study.organisation[locale] },
        { label: t("technology"), value: study.technologyLabel[locale] },
        { label: t("domain"), value: study.domainLabel[locale] },
        {
          label: t("status"),
          value: (
            <>
              <CaseStatusBadge inOperation={study.status.inOperation} />
              {study.status.note ? <span className="d-block mt-2">{study.status.note[locale]}</span> : null}
            </>
          ),
        },
        { label: t("period"), value: study.status.period[locale] },
      ]}
    />
  );
}
