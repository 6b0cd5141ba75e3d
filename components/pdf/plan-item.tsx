import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { PlanItemModel } from "@/lib/report/report-model";
import { Checkbox } from "./checkbox";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  item: { flexDirection: "row", paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  rank: { width: 22, paddingLeft: 6, fontSize: fontSizes.body, fontWeight: 600, color: colors.primary },
  body: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.45, color: colors.ink },
  meta: { fontSize: fontSizes.small, color: colors.muted },
  kind: { fontWeight: 600, color: colors.primaryDark },
  effects: { fontSize: fontSizes.small, color: colors.success, fontWeight: 600 },
});

interface PlanItemProps {
  item: PlanItemModel;
  questionLabel: string;
}

/**
 * One action of the improvement plan, with a box to tick. The text is one paragraph of styled
 * runs: the plan has dozens of actions, and fewer boxes make the report much faster to lay out.
 */
export function PlanItem({ item, questionLabel }: PlanItemProps) {
  return (
    <View style={styles.item} wrap={false}>
      <Checkbox />
      <Text style={styles.rank}>{item.rank}.</Text>
      <Text style={styles.body}>
        {item.recommendation}
        {"\n"}
        <Text style={styles.meta}>
          <Text style={styles.kind}>{item.title}</Text>
          {` · ${item.owner} · ${item.section}\n${questionLabel}: ${item.question}`}
        </Text>
        {item.effects.length > 0 ? (
          <Text style={styles.effects}>{`\n${item.effects.join(" · ")}`}</Text>
        ) : null}
        {item.caseHint ? <Text style={styles.meta}>{`\n${item.caseHint}`}</Text> : null}
      </Text>
    </View>
  );
}
