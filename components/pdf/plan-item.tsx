import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { PlanItemModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { Checkbox } from "./checkbox";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  item: { flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  rank: { width: 22, paddingLeft: 5, fontSize: fontSizes.body, fontWeight: 600, color: colors.primary },
  body: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.3, color: colors.text },
  title: { fontWeight: 600, color: colors.ink },
  meta: { fontSize: fontSizes.small, color: colors.muted },
  effects: { fontWeight: 600, color: colors.success },
});

interface PlanItemProps {
  item: PlanItemModel;
  texts: ReportTexts;
}

/**
 * One action of the plan, with a box to tick. The text is one paragraph of styled runs: the plan
 * has dozens of actions, and fewer boxes make the report faster to lay out.
 */
export function PlanItem({ item }: PlanItemProps) {
  return (
    <View style={styles.item} wrap={false}>
      <Checkbox />
      <Text style={styles.rank}>{item.rank}.</Text>
      <Text style={styles.body}>
        <Text style={styles.title}>{item.title}. </Text>
        {item.recommendation}{" "}
        <Text style={styles.meta}>
          {`${item.owner} · ${item.section}`}
          {item.caseHint ? ` · ${item.caseHint}` : ""}
          {item.effects.length > 0 ? " · " : ""}
          <Text style={styles.effects}>{item.effects.join(" · ")}</Text>
        </Text>
      </Text>
    </View>
  );
}
