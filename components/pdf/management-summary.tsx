import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ManagementSummaryModel, PlanGroupModel } from "@/lib/report/build-management-summary";
import type { PlanItemModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { AdviceList } from "./advice-list";
import { BlockerList } from "./blocker-list";
import { LevelBox } from "./level-box";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  gate: { fontSize: fontSizes.body, fontWeight: 600, color: colors.primary, marginTop: 6, marginBottom: 1 },
  action: {
    flexDirection: "row",
    paddingVertical: 3,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
  },
  rank: { width: 20, fontSize: fontSizes.body, fontWeight: 600, color: colors.primary },
  actionBody: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.35, color: colors.text },
  actionTitle: { fontWeight: 600, color: colors.ink },
  meta: { fontSize: fontSizes.small, color: colors.muted },
  effects: { fontWeight: 600, color: colors.success },
  legalRow: {
    flexDirection: "row",
    paddingVertical: 2.5,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.rule,
  },
  legalLabel: { width: 150, fontSize: fontSizes.body, fontWeight: 600, color: colors.ink, paddingRight: 8 },
  legalValue: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.35, color: colors.text },
  caseRow: { paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  caseHead: { flexDirection: "row" },
  caseName: { flex: 1, fontSize: fontSizes.body, fontWeight: 600, color: colors.ink, paddingRight: 8 },
  caseSimilarity: { width: 90, textAlign: "right", fontSize: fontSizes.small, color: colors.primary },
  caseFigures: { fontSize: fontSizes.small, lineHeight: 1.35, color: colors.text },
  figureLabel: { fontWeight: 600, color: colors.ink },
});

/** A plan action in the summary: what to do, who owns it and what it moves. */
export function SummaryAction({ item }: { item: PlanItemModel }) {
  return (
    <View style={styles.action} wrap={false}>
      <Text style={styles.rank}>{item.rank}.</Text>
      <Text style={styles.actionBody}>
        <Text style={styles.actionTitle}>{item.title}. </Text>
        {item.recommendation}
        {"\n"}
        <Text style={styles.meta}>
          {item.owner}
          {item.effects.length > 0 ? " · " : ""}
          <Text style={styles.effects}>{item.effects.join(" · ")}</Text>
        </Text>
      </Text>
    </View>
  );
}

function ActionGroups({ groups }: { groups: readonly PlanGroupModel[] }) {
  return (
    <View>
      {groups.map((group) => (
        <View key={group.gate}>
          <Text style={styles.gate} minPresenceAhead={40}>
            {group.gate}
          </Text>
          {group.items.map((item) => (
            <SummaryAction key={item.rank} item={item} />
          ))}
        </View>
      ))}
    </View>
  );
}

interface ManagementSummaryProps {
  summary: ManagementSummaryModel;
  texts: ReportTexts;
}

/** The report's first two pages: verdict, blockers, advice, first actions, legal indication, cases. */
export function ManagementSummary({ summary, texts }: ManagementSummaryProps) {
  const m = summary.texts;
  return (
    <View>
      <Text style={base.h1}>{m.heading}</Text>
      <Text style={[base.text, base.paragraph]}>{m.lead}</Text>
      <LevelBox summary={summary.verdict} texts={texts} />
      {summary.blockers.length > 0 ? (
        <View>
          <Text style={base.h2} minPresenceAhead={60}>
            {texts.blockersHeading}
          </Text>
          <BlockerList blockers={summary.blockers} texts={texts} />
        </View>
      ) : (
        <Text style={[base.text, base.paragraph, base.strong]}>{texts.blockersNone}</Text>
      )}
      <Text style={base.h2} minPresenceAhead={60}>
        {m.firstActions}
      </Text>
      <Text style={base.muted}>{m.firstActionsLead}</Text>
      {summary.firstActions.length === 0 ? <Text style={base.text}>{m.firstActionsNone}</Text> : null}
      <ActionGroups groups={summary.firstActions} />
      <Text style={base.h2} minPresenceAhead={60}>
        {texts.adviceHeading}
      </Text>
      <AdviceList advice={summary.advice} />
      <View wrap={false}>
        <Text style={base.h2}>{m.legal}</Text>
        {summary.legal.map((row) => (
          <View key={row.label} style={styles.legalRow}>
            <Text style={styles.legalLabel}>{row.label}</Text>
            <Text style={styles.legalValue}>{row.value}</Text>
          </View>
        ))}
        <Text style={[base.muted, { marginTop: 3 }]}>{m.legalNote}</Text>
      </View>
      <Text style={base.h2} minPresenceAhead={80}>
        {m.cases}
      </Text>
      <Text style={base.muted}>{m.casesLead}</Text>
      {summary.casesCloseness ? <Text style={base.text}>{summary.casesCloseness}</Text> : null}
      {summary.cases.length === 0 ? <Text style={base.text}>{texts.casesNone}</Text> : null}
      {summary.cases.map((study) => (
        <View key={study.rank} style={styles.caseRow} wrap={false}>
          <View style={styles.caseHead}>
            <Text style={styles.caseName}>
              {study.rank}. {study.organisation}: {study.title}
            </Text>
            <Text style={styles.caseSimilarity}>{study.similarityText}</Text>
          </View>
          <Text style={styles.caseFigures}>
            {study.economics.map((item, index) => (
              <Text key={item.label}>
                {index > 0 ? " · " : ""}
                <Text style={styles.figureLabel}>{item.label}: </Text>
                {item.value}
              </Text>
            ))}
            {study.effect ? `\n${study.effect}` : ""}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** The plan's actions that the summary does not list, by milestone, with a box to tick. */
export { ActionGroups };
