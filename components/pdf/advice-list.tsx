import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { AdviceModel } from "@/lib/report/report-model";
import { base, colors, fontSizes } from "./theme";

const outcomeColors: Record<AdviceModel["outcome"], { border: string; background: string }> = {
  pass: { border: colors.success, background: colors.successLight },
  warn: { border: colors.warning, background: colors.warningLight },
  fail: { border: colors.error, background: colors.errorLight },
  "not-enough-answers": { border: colors.border, background: colors.surface },
};

const styles = StyleSheet.create({
  row: { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  title: { width: 150, fontSize: fontSizes.body, fontWeight: 600, color: colors.ink, paddingRight: 8 },
  badge: {
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.ink,
    paddingVertical: 1.5,
    paddingHorizontal: 5,
    borderLeftWidth: 3,
    marginBottom: 2,
    alignSelf: "flex-start",
  },
  body: { flex: 1 },
});

interface AdviceListProps {
  advice: readonly AdviceModel[];
}

/** The three pieces of advice: the outcome of each check and its reasons. */
export function AdviceList({ advice }: AdviceListProps) {
  return (
    <View style={{ marginBottom: 6 }}>
      {advice.map((check) => {
        const tone = outcomeColors[check.outcome];
        return (
          <View key={check.title} style={styles.row} wrap={false}>
            <Text style={styles.title}>{check.title}</Text>
            <View style={styles.body}>
              <Text
                style={[styles.badge, { borderLeftColor: tone.border, backgroundColor: tone.background }]}
              >
                {check.outcomeLabel}
              </Text>
              {check.reasons.map((reason, index) => (
                <Text key={index} style={base.text}>
                  {reason}
                </Text>
              ))}
            </View>
          </View>
        );
      })}
    </View>
  );
}
