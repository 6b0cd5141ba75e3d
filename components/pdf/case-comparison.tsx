import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { CaseModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  columns: { flexDirection: "row", marginBottom: 6 },
  column: { flex: 1, paddingRight: 10 },
  heading: {
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.primaryDark,
    marginBottom: 3,
    textTransform: "uppercase",
    letterSpacing: 0.4,
  },
  item: { marginBottom: 3 },
  attribute: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink },
  values: { fontSize: fontSizes.small, lineHeight: 1.4, color: colors.text },
});

interface CaseComparisonProps {
  study: CaseModel;
  texts: ReportTexts;
}

/** Where the project and the case are alike and where they differ, in the profile's words. */
export function CaseComparison({ study, texts }: CaseComparisonProps) {
  return (
    <View>
      <View style={styles.columns}>
        <View style={styles.column}>
          <Text style={styles.heading}>{texts.caseMatches}</Text>
          {study.matches.length === 0 ? <Text style={styles.values}>{texts.none}</Text> : null}
          {study.matches.map((match, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={styles.attribute}>{match.attribute}</Text>
              <Text style={styles.values}>{match.values}</Text>
            </View>
          ))}
        </View>
        <View style={styles.column}>
          <Text style={styles.heading}>{texts.caseDiffers}</Text>
          {study.differs.length === 0 ? <Text style={styles.values}>{texts.none}</Text> : null}
          {study.differs.map((differ, index) => (
            <View key={index} style={styles.item} wrap={false}>
              <Text style={styles.attribute}>{differ.attribute}</Text>
              <Text style={styles.values}>{differ.project}</Text>
              <Text style={styles.values}>{differ.case}</Text>
            </View>
          ))}
        </View>
      </View>
      {study.notCompared.length > 0 ? (
        <Text style={[base.muted, { marginBottom: 6 }]}>
          {texts.caseNotCompared}: {study.notCompared.join(", ")}
        </Text>
      ) : null}
    </View>
  );
}
