import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { RuleRefModel } from "@/lib/report/report-model";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  list: { marginTop: 2, marginLeft: 12 },
  rule: { fontSize: fontSizes.small, lineHeight: 1.4, color: colors.muted, marginBottom: 1 },
  reference: { fontWeight: 600, color: colors.primaryDark },
});

interface RuleRefsProps {
  rules: readonly RuleRefModel[];
}

/** The rules a finding rests on: instrument and article, title, and where to look it up. */
export function RuleRefs({ rules }: RuleRefsProps) {
  if (rules.length === 0) return null;
  return (
    <View style={styles.list}>
      {rules.map((rule, index) => (
        <Text key={index} style={styles.rule}>
          <Text style={styles.reference}>
            {rule.instrument}, {rule.reference}
          </Text>
          {` – ${rule.title} (${rule.citation})`}
        </Text>
      ))}
    </View>
  );
}
