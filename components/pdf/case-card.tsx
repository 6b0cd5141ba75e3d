import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { CaseModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { CaseComparison } from "./case-comparison";
import { CaseFacts } from "./case-facts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  card: { marginBottom: 18, paddingTop: 8, borderTopWidth: 1.5, borderTopColor: colors.primary },
  header: { flexDirection: "row", marginBottom: 6 },
  titles: { flex: 1, paddingRight: 10 },
  organisation: { fontSize: 12.5, fontWeight: 600, color: colors.primaryDark },
  title: { fontSize: fontSizes.body, color: colors.ink, marginTop: 1 },
  similarity: { width: 110, textAlign: "right", fontSize: 11, fontWeight: 600, color: colors.primary },
  status: { fontSize: fontSizes.body, color: colors.text, marginTop: 6 },
});

interface CaseCardProps {
  study: CaseModel;
  texts: ReportTexts;
}

/** One comparable case: how alike it is, what it achieved, what it cost, and where it stands. */
export function CaseCard({ study, texts }: CaseCardProps) {
  return (
    <View style={styles.card}>
      <View style={styles.header} wrap={false} minPresenceAhead={80}>
        <View style={styles.titles}>
          <Text style={styles.organisation}>
            {study.rank}. {study.organisation}
          </Text>
          <Text style={styles.title}>{study.title}</Text>
        </View>
        <Text style={styles.similarity}>{study.similarityText}</Text>
      </View>
      <CaseComparison study={study} texts={texts} />
      <CaseFacts study={study} texts={texts} />
      <Text style={styles.status}>
        <Text style={base.strong}>{texts.caseStatus}: </Text>
        {study.status}
      </Text>
      <Text style={[base.muted, { marginTop: 3 }]}>{study.source}</Text>
    </View>
  );
}
