import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { BusinessCaseReportSection } from "@/lib/business-case/build-report-section";
import { base, colors } from "./theme";

const styles = StyleSheet.create({
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 3 },
  label: { flex: 2 },
  cell: { flex: 1.4, textAlign: "right" },
  head: { fontWeight: 700 },
});

/** The summary's business case: the user's own estimate as minimum, most likely and maximum. */
export function BusinessCaseSection({ section }: { section: BusinessCaseReportSection }) {
  const { columns } = section;
  return (
    <View wrap={false}>
      <Text style={base.h2}>{section.heading}</Text>
      <Text style={base.text}>{section.basis}</Text>
      <View style={[styles.row, styles.head]}>
        <Text style={[base.text, styles.label]}> </Text>
        <Text style={[base.text, styles.cell, styles.head]}>{columns.min}</Text>
        <Text style={[base.text, styles.cell, styles.head]}>{columns.mostLikely}</Text>
        <Text style={[base.text, styles.cell, styles.head]}>{columns.max}</Text>
      </View>
      {section.rows.map((row) => (
        <View style={styles.row} key={row.label}>
          <Text style={[base.text, styles.label]}>{row.label}</Text>
          <Text style={[base.text, styles.cell]}>{row.min}</Text>
          <Text style={[base.text, styles.cell]}>{row.mostLikely}</Text>
          <Text style={[base.text, styles.cell]}>{row.max}</Text>
        </View>
      ))}
      <Text style={base.muted}>{section.note}</Text>
    </View>
  );
}
