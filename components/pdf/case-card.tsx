import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { CaseModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  card: { marginBottom: 10, paddingTop: 5, borderTopWidth: 1.5, borderTopColor: colors.primary },
  header: { flexDirection: "row", marginBottom: 3 },
  titles: { flex: 1, paddingRight: 10 },
  organisation: { fontSize: 11, fontWeight: 600, color: colors.primaryDark },
  title: { fontSize: fontSizes.body, color: colors.ink, marginTop: 1 },
  similarity: { width: 100, textAlign: "right", fontSize: 10, fontWeight: 600, color: colors.primary },
  line: { fontSize: fontSizes.small, lineHeight: 1.3, color: colors.text, marginBottom: 2 },
  label: { fontWeight: 600, color: colors.ink },
  heading: {
    fontSize: fontSizes.body,
    fontWeight: 600,
    color: colors.primaryDark,
    marginTop: 3,
    marginBottom: 1,
  },
  row: { flexDirection: "row", paddingVertical: 1.5, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  kind: { width: 110, paddingRight: 6, fontSize: fontSizes.small, fontWeight: 600, color: colors.primary },
  body: { flex: 1, fontSize: fontSizes.small, lineHeight: 1.3, color: colors.text },
  figures: { color: colors.muted },
});

interface CaseCardProps {
  study: CaseModel;
  texts: ReportTexts;
}

/**
 * One comparable case, compactly: how alike it is and why, what it achieved, what it cost, and
 * where it stands. Every effect and figure is the catalogue's; "Ikke oplyst" where it has none.
 */
export function CaseCard({ study, texts }: CaseCardProps) {
  return (
    <View style={styles.card}>
      <View style={styles.header} wrap={false} minPresenceAhead={60}>
        <View style={styles.titles}>
          <Text style={styles.organisation}>
            {study.rank}. {study.organisation}
          </Text>
          <Text style={styles.title}>{study.title}</Text>
        </View>
        <Text style={styles.similarity}>{study.similarityText}</Text>
      </View>
      {study.weakText ? <Text style={styles.line}>{study.weakText}</Text> : null}
      <Text style={styles.line}>
        <Text style={styles.label}>{texts.caseMatches}: </Text>
        {study.matches.length === 0
          ? texts.none
          : study.matches.map((match) => `${match.attribute} (${match.values})`).join("; ")}
      </Text>
      <Text style={styles.line}>
        <Text style={styles.label}>{texts.caseDiffers}: </Text>
        {study.differs.length === 0
          ? texts.none
          : study.differs.map((differ) => `${differ.attribute} (${differ.values})`).join("; ")}
      </Text>
      {study.notCompared.length > 0 ? (
        <Text style={styles.line}>
          <Text style={styles.label}>{texts.caseNotCompared}: </Text>
          {study.notCompared.join(", ")}
        </Text>
      ) : null}
      <Text style={styles.heading} minPresenceAhead={24}>
        {texts.caseEffects}
      </Text>
      {study.effects.map((effect, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <Text style={styles.kind}>{effect.kind}</Text>
          <Text style={styles.body}>
            {effect.text}
            {effect.figures ? <Text style={styles.figures}>{` (${effect.figures})`}</Text> : null}
          </Text>
        </View>
      ))}
      <Text style={styles.heading} minPresenceAhead={24}>
        {texts.caseEconomics}
      </Text>
      {study.economics.map((item) => (
        <View key={item.label} style={styles.row} wrap={false}>
          <Text style={styles.kind}>{item.label}</Text>
          <Text style={styles.body}>
            <Text style={styles.label}>{item.value}</Text>
            {item.note ? ` – ${item.note}` : ""}
          </Text>
        </View>
      ))}
      {study.economicsNote ? <Text style={[base.muted, { marginTop: 2 }]}>{study.economicsNote}</Text> : null}
      <Text style={[styles.line, { marginTop: 3 }]}>
        <Text style={styles.label}>{texts.caseStatus}: </Text>
        {study.status}
      </Text>
      <Text style={base.muted}>{study.source}</Text>
    </View>
  );
}
