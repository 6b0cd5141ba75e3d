import { Document, View } from "@react-pdf/renderer";
import { buildManagementSummary } from "@/lib/report/build-management-summary";
import type { ReportModel } from "@/lib/report/report-model";
import { AppendixSection } from "./appendix-section";
import { BusinessCaseSection } from "./business-case-section";
import { CasesSection } from "./cases-section";
import { ChartSection } from "./chart-section";
import { ConsensusSection } from "./consensus-section";
import { CoverPage } from "./cover-page";
import { LegalSection } from "./legal-section";
import { ManagementSummary } from "./management-summary";
import { MethodSection } from "./method-section";
import { PlanSection } from "./plan-section";
import { ProgressSection } from "./progress-section";
import { ReportPage } from "./report-page";

interface ReportDocumentProps {
  model: ReportModel;
}

/** Space between two parts that share a page. */
const partGap = { marginTop: 22 };

/**
 * The readiness report: a cover, the management summary (at most two pages), then the details,
 * one part after the other. The parts flow on from page to page rather than each starting a page
 * of its own, so no page is left nearly empty; a heading keeps the start of its part with it.
 */
export function ReportDocument({ model }: ReportDocumentProps) {
  const { texts, metadata } = model;
  const summary = buildManagementSummary(model);
  return (
    // The renderer is named here, not in the model: the results page builds the model too.
    <Document {...metadata} producer={`${metadata.producer} (@react-pdf/renderer)`}>
      <CoverPage cover={model.cover} texts={texts} />
      <ReportPage model={model}>
        <ManagementSummary summary={summary} texts={texts} />
        {model.businessCase ? <BusinessCaseSection section={model.businessCase} /> : null}
        {model.consensus ? <ConsensusSection section={model.consensus} /> : null}
        {model.progress ? <ProgressSection section={model.progress} /> : null}
        <View style={partGap} />
        <ChartSection
          chart={model.chart}
          prerequisites={model.prerequisites}
          lessonsHeading={summary.texts.lessonsHeading}
          texts={texts}
        />
        <View style={partGap}>
          <LegalSection legal={model.legal} texts={texts} />
        </View>
        <View style={partGap}>
          <CasesSection cases={model.cases} closeness={model.casesCloseness} texts={texts} />
        </View>
        <View style={partGap}>
          <PlanSection
            heading={summary.texts.restOfPlan}
            lead={summary.restOfPlanLead}
            groups={summary.restOfPlan}
            texts={texts}
          />
        </View>
        <View style={partGap}>
          <AppendixSection appendix={model.appendix} texts={texts} management={summary.texts} />
        </View>
        <View style={partGap}>
          <MethodSection method={model.method} texts={texts} />
        </View>
      </ReportPage>
    </Document>
  );
}
