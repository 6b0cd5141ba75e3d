import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { LegalSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { FindingList } from "./finding-list";
import { LegalBasisTable } from "./legal-basis-table";
import { LegalDates } from "./legal-dates";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  disclaimer: {
    borderWidth: 1,
    borderColor: colors.warning,
    backgroundColor: colors.warningLight,
    padding: 9,
    marginBottom: 12,
  },
  disclaimerHeading: { fontSize: 10, fontWeight: 600, color: colors.ink, marginBottom: 2 },
  classBox: {
    borderLeftWidth: 4,
    borderLeftColor: colors.primary,
    backgroundColor: colors.surface,
    padding: 8,
    marginBottom: 6,
  },
  className: { fontSize: 12, fontWeight: 600, color: colors.ink },
  status: { fontSize: 10, fontWeight: 600, color: colors.ink, marginBottom: 4 },
  version: { fontSize: fontSizes.small, color: colors.muted, marginTop: 8 },
  criteria: { marginTop: 4, marginBottom: 6 },
});

interface LegalSectionProps {
  legal: LegalSectionModel;
  texts: ReportTexts;
}

/** The legal triage: AI Act class, transparency, DPIA, FRIA, automated decisions, legal basis, dates. */
export function LegalSection({ legal, texts }: LegalSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.legalHeading}</Text>
      <View style={styles.disclaimer} wrap={false}>
        <Text style={styles.disclaimerHeading}>{texts.legalNotAdvice}</Text>
        <Text style={base.text}>{legal.disclaimer}</Text>
      </View>
      <Text style={[base.text, base.paragraph]}>{texts.legalLead}</Text>

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalAiAct}
      </Text>
      <View style={styles.classBox} wrap={false}>
        <Text style={styles.className}>{legal.aiActClass}</Text>
      </View>
      <FindingList findings={legal.aiActReasons} empty={texts.none} />

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalTransparency}
      </Text>
      <FindingList findings={legal.transparency} empty={texts.legalTransparencyNone} />

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalDpia}
      </Text>
      <Text style={styles.status}>{legal.dpiaStatus}</Text>
      {legal.dpiaTriggers.length > 0 ? (
        <FindingList findings={legal.dpiaTriggers} empty={texts.none} />
      ) : null}
      {legal.dpiaCriteria.length > 0 ? (
        <View style={styles.criteria}>
          <Text style={styles.status}>{legal.dpiaCriteriaHeading}</Text>
          {legal.dpiaCriteria.map((criterion, index) => (
            <Text key={index} style={base.muted}>
              {criterion.state}: {criterion.text}
            </Text>
          ))}
        </View>
      ) : null}

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalFria}
      </Text>
      <Text style={styles.status}>{legal.fria}</Text>
      <Text style={styles.status}>{legal.registration}</Text>
      {legal.friaReasons.length > 0 ? <FindingList findings={legal.friaReasons} empty={texts.none} /> : null}

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalAutomated}
      </Text>
      <FindingList findings={legal.automatedDecision} empty={texts.legalAutomatedNone} />

      <LegalBasisTable legal={legal} texts={texts} />

      <Text style={base.h2} minPresenceAhead={60}>
        {texts.legalDates}
      </Text>
      <Text style={[base.text, base.paragraph]}>{texts.legalDatesLead}</Text>
      <LegalDates dates={legal.dates} />

      <Text style={base.h2} minPresenceAhead={40}>
        {texts.legalAuthorities}
      </Text>
      <Text style={base.text}>{legal.authorities}</Text>
      <Text style={styles.version}>{legal.version}</Text>
    </View>
  );
}
