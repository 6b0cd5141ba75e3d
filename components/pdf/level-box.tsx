import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { SummaryModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import type { ReadinessLevelId } from "@/lib/schemas/common";
import { colors, fontSizes } from "./theme";

const levelColors: Record<ReadinessLevelId, { border: string; background: string }> = {
  "not-ready": { border: colors.error, background: colors.errorLight },
  early: { border: colors.warning, background: colors.warningLight },
  "nearly-ready": { border: colors.info, background: colors.infoLight },
  ready: { border: colors.success, background: colors.successLight },
};

const styles = StyleSheet.create({
  box: { flexDirection: "row", borderLeftWidth: 5, padding: 12, marginBottom: 14 },
  level: { flex: 1, paddingRight: 12 },
  score: { width: 130, borderLeftWidth: 0.5, borderLeftColor: colors.border, paddingLeft: 12 },
  label: { fontSize: fontSizes.small, fontWeight: 600, color: colors.muted, marginBottom: 2 },
  levelName: { fontSize: 17, fontWeight: 600, color: colors.ink, marginBottom: 4 },
  meaning: { fontSize: fontSizes.body, lineHeight: 1.35, color: colors.ink },
  note: { fontSize: fontSizes.body, lineHeight: 1.35, color: colors.ink, marginTop: 5, fontStyle: "italic" },
  scoreValue: { fontSize: 17, fontWeight: 600, color: colors.ink },
});

interface LevelBoxProps {
  summary: SummaryModel;
  texts: ReportTexts;
}

/** The readiness level and the overall score, coloured by level. */
export function LevelBox({ summary, texts }: LevelBoxProps) {
  // Without a level ("Ikke nok svar endnu") the box is neutral: it judges nothing yet.
  const tone = summary.levelId
    ? levelColors[summary.levelId]
    : { border: colors.border, background: colors.surface };
  return (
    <View
      style={[styles.box, { borderLeftColor: tone.border, backgroundColor: tone.background }]}
      wrap={false}
    >
      <View style={styles.level}>
        <Text style={styles.label}>{texts.summaryLevel}</Text>
        <Text style={styles.levelName}>{summary.levelLabel}</Text>
        <Text style={styles.meaning}>{summary.levelMeaning}</Text>
        {summary.levelNote ? <Text style={styles.note}>{summary.levelNote}</Text> : null}
      </View>
      <View style={styles.score}>
        <Text style={styles.label}>{texts.summaryOverall}</Text>
        <Text style={styles.scoreValue}>{summary.overallText}</Text>
      </View>
    </View>
  );
}
