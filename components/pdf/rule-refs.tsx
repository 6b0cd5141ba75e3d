import { StyleSheet, Text } from "@react-pdf/renderer";
import type { RuleRefModel } from "@/lib/report/report-model";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  list: { marginTop: 1, marginLeft: 12, fontSize: fontSizes.small, lineHeight: 1.35, color: colors.muted },
  reference: { fontWeight: 600, color: colors.primaryDark },
});

interface RuleRefsProps {
  rules: readonly RuleRefModel[];
}

/** The rules a finding rests on: instrument and article, title, and where to look it up. */
export function RuleRefs({ rules }: RuleRefsProps) {
  if (rules.length === 0) return null;
  return (
    <Text style={styles.list}>
      {rules.map((rule, index) => (
        <Text key={index}>
          {index > 0 ? "; " : ""}
          <Text style={styles.reference}>
            {rule.instrument}, {rule.reference}
          </Text>
          {` – ${rule.title} (${rule.citation})`}
        </Text>
      ))}
    </Text>
  );
}
