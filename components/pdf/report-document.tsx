import { Document } from "@react-pdf/renderer";
import type { ReportModel } from "@/lib/report/report-model";
import { AppendixSection } from "./appendix-section";
import { CasesSection } from "./cases-section";
import { ChartSection } from "./chart-section";
import { ConsensusSection } from "./consensus-section";
import { CoverPage } from "./cover-page";
import { LegalSection } from "./legal-section";
import { MethodSection } from "./method-section";
import { PlanSection } from "./plan-section";
import { PrerequisiteSection } from "./prerequisite-section";
import { ReportPage } from "./report-page";
import { BusinessCaseSection } from "./business-case-section";
import { SummarySection } from "./summary-section";

interface ReportDocumentProps {
  model: ReportModel;
}

/** The readiness report: a cover, then each part on its own pages with header and footer. */
export function ReportDocument({ model }: ReportDocumentProps) {
  const { texts, metadata } = model;
  return (
    <Document {...metadata}>
      <CoverPage cover={model.cover} texts={texts} />
      <ReportPage model={model}>
        <SummarySection summary={model.summary} texts={texts} />
        {model.businessCase ? <BusinessCaseSection section={model.businessCase} /> : null}
        {model.consensus ? <ConsensusSection section={model.consensus} /> : null}
      </ReportPage>
      <ReportPage model={model}>
        <ChartSection chart={model.chart} texts={texts} />
      </ReportPage>
      <ReportPage model={model}>
        {model.prerequisites.map((section, index) => (
          <PrerequisiteSection key={section.id} section={section} texts={texts} separated={index > 0} />
        ))}
      </ReportPage>
      <ReportPage model={model}>
        <LegalSection legal={model.legal} texts={texts} />
      </ReportPage>
      <ReportPage model={model}>
        <CasesSection cases={model.cases} texts={texts} />
      </ReportPage>
      <ReportPage model={model}>
        <PlanSection plan={model.plan} texts={texts} />
      </ReportPage>
      <ReportPage model={model}>
        <AppendixSection appendix={model.appendix} texts={texts} />
      </ReportPage>
      <ReportPage model={model}>
        <MethodSection method={model.method} texts={texts} />
      </ReportPage>
    </Document>
  );
}
