import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { CaseStudy } from "@/lib/schemas/case";
import type { Locale } from "@/lib/schemas/common";
import { CaseStatusBadge } from "./case-status-badge";

interface CaseCardProps {
  study: CaseStudy;
  locale: Locale;
  href: string;
}

/** One case in the catalogue: who, what, with which technology, its status and headline effects. */
export function CaseCard({ study, locale, href }: CaseCardProps) {
  const t = useTranslations("cases.card");
  const headlines = study.effects.filter((effect) => effect.headline);
  return (
    <Card
      heading={study.title[locale]}
      subheading={study.organisation[locale]}
      href={href}
      className="case-card"
    >
      <dl className="case-card-facts">
        <div>
          <dt>{t("technology")}</dt>
          <dd>{study.technologyLabel[locale]}</dd>
        </div>
        <div>
          <dt>{t("domain")}</dt>
          <dd>{study.domainLabel[locale]}</dd>
        </div>
        <div>
          <dt>{t("status")}</dt>
          <dd>
            <CaseStatusBadge inOperation={study.status.inOperation} />
          </dd>
        </div>
      </dl>
      {headlines.length > 0 ? (
        <>
          <h3 className="h5 mt-5 mb-3">{t("effects")}</h3>
          <ul className="case-card-effects">
            {headlines.map((effect) => (
              <li key={`${effect.kind}-${effect.text.da}`}>{effect.text[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
