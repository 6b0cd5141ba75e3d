import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { BlockerModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  blocker: {
    borderLeftWidth: 3,
    borderLeftColor: colors.error,
    backgroundColor: colors.errorLight,
    padding: 8,
    marginBottom: 6,
  },
  title: { fontSize: 10, fontWeight: 600, color: colors.ink, marginBottom: 2 },
  meta: { fontSize: fontSizes.small, color: colors.muted, marginBottom: 3 },
  label: { fontWeight: 600, color: colors.ink },
});

interface BlockerListProps {
  blockers: readonly BlockerModel[];
  texts: ReportTexts;
}

/** The blockers: what stops the project, why, and what to do about it. */
export function BlockerList({ blockers, texts }: BlockerListProps) {
  if (blockers.length === 0) return <Text style={base.text}>{texts.blockersNone}</Text>;
  return (
    <View>
      {blockers.map((blocker, index) => (
        <View key={index} style={styles.blocker} wrap={false}>
          <Text style={styles.title}>{blocker.title}</Text>
          <Text style={styles.meta}>
            {blocker.prerequisite} · {blocker.capsAt}
          </Text>
          <Text style={base.text}>
            <Text style={styles.label}>{texts.blockerWhy}: </Text>
            {blocker.why}
          </Text>
          <Text style={base.text}>
            <Text style={styles.label}>{texts.blockerAction}: </Text>
            {blocker.action}
          </Text>
        </View>
      ))}
    </View>
  );
}
