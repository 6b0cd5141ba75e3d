import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ChartModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors } from "./theme";

const styles = StyleSheet.create({
  title: { flex: 1 },
  score: { width: 50, textAlign: "right" },
  answered: { width: 92, textAlign: "right" },
  overall: { flexDirection: "row", borderTopWidth: 1, borderTopColor: colors.ink },
  strong: { fontWeight: 600, color: colors.ink },
});

interface ScoreTableProps {
  chart: ChartModel;
  texts: ReportTexts;
}

/** The chart's figures as a table: the score and the answers behind each prerequisite. */
export function ScoreTable({ chart, texts }: ScoreTableProps) {
  return (
    <View style={base.table} wrap={false}>
      <View style={base.tableHeader}>
        <Text style={[base.headerCell, styles.title]}>{texts.chartPrerequisite}</Text>
        <Text style={[base.headerCell, styles.score]}>{texts.chartScore}</Text>
        <Text style={[base.headerCell, styles.answered]}>{texts.chartAnswered}</Text>
      </View>
      {chart.rows.map((row) => (
        <View key={row.id} style={base.tableRow}>
          <Text style={[base.cell, styles.title]}>{row.title}</Text>
          <Text style={[base.cell, styles.score]}>{row.scoreText}</Text>
          <Text style={[base.cell, styles.answered]}>{row.answeredText}</Text>
        </View>
      ))}
      <View style={styles.overall}>
        <Text style={[base.cell, styles.title, styles.strong]}>{texts.chartOverall}</Text>
        <Text style={[base.cell, styles.score, styles.strong]}>{chart.overallText}</Text>
        <Text style={[base.cell, styles.answered]} />
      </View>
    </View>
  );
}
