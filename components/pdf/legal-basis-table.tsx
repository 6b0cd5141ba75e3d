import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { LegalSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { RuleRefs } from "./rule-refs";
import { base } from "./theme";

const styles = StyleSheet.create({
  phase: { width: 150 },
  status: { width: 150 },
  rules: { flex: 1, paddingVertical: 2 },
});

interface LegalBasisTableProps {
  legal: Pick<LegalSectionModel, "legalBasis" | "legalBasisRules">;
  texts: ReportTexts;
}

/** The legal basis (hjemmel) for development, operation and retraining, with the rules behind it. */
export function LegalBasisTable({ legal, texts }: LegalBasisTableProps) {
  const perRow = legal.legalBasisRules.length === 0 && legal.legalBasis.some((row) => row.rules.length > 0);
  return (
    <View>
      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalBasis}
      </Text>
      <View style={base.table}>
        <View style={base.tableHeader}>
          <Text style={[base.headerCell, styles.phase]}>{texts.legalPhase}</Text>
          <Text style={[base.headerCell, styles.status]}>{texts.legalStatus}</Text>
          {perRow ? <Text style={[base.headerCell, styles.rules]}>{texts.legalRules}</Text> : null}
        </View>
        {legal.legalBasis.map((row) => (
          <View key={row.phase} style={base.tableRow}>
            <Text style={[base.cell, styles.phase, base.strong]}>{row.phase}</Text>
            <Text style={[base.cell, styles.status]}>{row.status}</Text>
            {perRow ? (
              <View style={styles.rules}>
                {row.rules.length > 0 ? <RuleRefs rules={row.rules} /> : <Text style={base.cell}>–</Text>}
              </View>
            ) : null}
          </View>
        ))}
      </View>
      {legal.legalBasisRules.length > 0 ? (
        <View>
          <Text style={base.muted}>{texts.legalRules}:</Text>
          <RuleRefs rules={legal.legalBasisRules} />
        </View>
      ) : null}
    </View>
  );
}
