import { Text, View } from "@react-pdf/renderer";
import type { ChartModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { RadarChart } from "./radar-chart";
import { ScoreTable } from "./score-table";
import { base } from "./theme";

interface ChartSectionProps {
  chart: ChartModel;
  texts: ReportTexts;
}

/** The five scores as a radar chart with the same figures in a table below it. */
export function ChartSection({ chart, texts }: ChartSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.chartHeading}</Text>
      <Text style={base.lead}>{texts.chartLead}</Text>
      <RadarChart chart={chart} />
      <ScoreTable chart={chart} texts={texts} />
    </View>
  );
}
