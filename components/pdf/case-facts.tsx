import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { CaseModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  effect: { flexDirection: "row", marginBottom: 3 },
  kind: {
    width: 84,
    paddingRight: 6,
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.primary,
    paddingTop: 1,
  },
  effectBody: { flex: 1 },
  figures: { fontSize: fontSizes.small, color: colors.muted },
  economicsRow: {
    flexDirection: "row",
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
  },
  economicsLabel: {
    width: 150,
    fontSize: fontSizes.body,
    color: colors.ink,
    fontWeight: 600,
    paddingRight: 8,
  },
  economicsValue: { flex: 1 },
  amount: { fontSize: fontSizes.body, color: colors.ink },
});

interface CaseFactsProps {
  study: CaseModel;
  texts: ReportTexts;
}

/** The case's effects and economics as the organisation stated them; no figure where none was stated. */
export function CaseFacts({ study, texts }: CaseFactsProps) {
  return (
    <View>
      <Text style={base.h3} minPresenceAhead={30}>
        {texts.caseEffects}
      </Text>
      {study.effects.map((effect, index) => (
        <View key={index} style={styles.effect} wrap={false}>
          <Text style={styles.kind}>{effect.kind}</Text>
          <Text style={[base.text, styles.effectBody]}>
            {effect.text}
            {effect.figures ? <Text style={styles.figures}>{`\n${effect.figures}`}</Text> : null}
          </Text>
        </View>
      ))}
      <Text style={base.h3} minPresenceAhead={30}>
        {texts.caseEconomics}
      </Text>
      {study.economics.map((item) => (
        <View key={item.label} style={styles.economicsRow} wrap={false}>
          <Text style={styles.economicsLabel}>{item.label}</Text>
          <View style={styles.economicsValue}>
            <Text style={styles.amount}>{item.value}</Text>
            {item.note ? <Text style={styles.figures}>{item.note}</Text> : null}
          </View>
        </View>
      ))}
      {study.economicsNote ? <Text style={[base.muted, { marginTop: 3 }]}>{study.economicsNote}</Text> : null}
    </View>
  );
}
