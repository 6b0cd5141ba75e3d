import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { LegalSectionModel } from "@/lib/report/report-model";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  row: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  when: { width: 110, paddingRight: 8 },
  date: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink },
  status: { fontSize: fontSizes.small, color: colors.muted },
  body: { flex: 1 },
  source: { fontSize: fontSizes.small, color: colors.muted, marginTop: 1 },
});

interface LegalDatesProps {
  dates: LegalSectionModel["dates"];
}

/** Dated facts that may have changed since the legal content was reviewed. */
export function LegalDates({ dates }: LegalDatesProps) {
  return (
    <View style={{ marginBottom: 6 }}>
      {dates.map((date, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <View style={styles.when}>
            <Text style={styles.date}>{date.date}</Text>
            <Text style={styles.status}>{date.status}</Text>
            <Text style={styles.status}>{date.checked}</Text>
          </View>
          <View style={styles.body}>
            <Text style={base.text}>{date.text}</Text>
            <Text style={styles.source}>{date.source}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
