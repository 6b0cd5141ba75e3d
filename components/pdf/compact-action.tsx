import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { PlanItemModel } from "@/lib/report/report-model";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  item: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  rank: { width: 20, fontSize: fontSizes.body, fontWeight: 600, color: colors.primary },
  body: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.4, color: colors.ink },
  meta: { fontSize: fontSizes.small, color: colors.muted },
  kind: { fontWeight: 600, color: colors.primaryDark },
  effects: { fontWeight: 600, color: colors.success },
});

interface CompactActionProps {
  item: PlanItemModel;
  /** Show the section's name (left out where the section is the heading already). */
  showSection?: boolean;
}

/** A plan action in short form: its rank in the plan, what to do and what it moves. */
export function CompactAction({ item, showSection = true }: CompactActionProps) {
  return (
    <View style={styles.item} wrap={false}>
      <Text style={styles.rank}>{item.rank}.</Text>
      <Text style={styles.body}>
        {item.recommendation}
        {"\n"}
        <Text style={styles.meta}>
          <Text style={styles.kind}>{item.title}</Text>
          {` · ${item.owner}`}
          {showSection ? ` · ${item.section}` : ""}
          {item.effects.length > 0 ? " · " : ""}
          <Text style={styles.effects}>{item.effects.join(" · ")}</Text>
        </Text>
      </Text>
    </View>
  );
}
