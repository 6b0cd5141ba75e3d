import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ProgressSectionModel } from "@/lib/report/build-progress-section";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  measure: { flex: 1 },
  value: { width: 110 },
  change: { width: 60, textAlign: "right" },
  question: { flex: 1.4 },
  answer: { flex: 1 },
  subheading: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink, marginTop: 4, marginBottom: 2 },
});

interface ListProps {
  heading: string;
  /** A list under a part's heading (blockers cleared, new) has a smaller heading of its own. */
  sub?: boolean;
  intro?: string;
  items: string[];
  none: string;
}

function List({ heading, sub = false, intro, items, none }: ListProps) {
  return (
    <View wrap={false}>
      <Text style={sub ? styles.subheading : base.h3}>{heading}</Text>
      {items.length === 0 ? <Text style={base.text}>{none}</Text> : null}
      {items.length > 0 && intro ? <Text style={base.text}>{intro}</Text> : null}
      {items.map((item, index) => (
        <View key={index} style={base.listItem}>
          <Text style={base.bullet}>•</Text>
          <Text style={base.listText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** The progress since an earlier file of the project: scores, blockers, actions done, changed answers. */
export function ProgressSection({ section }: { section: ProgressSectionModel }) {
  const { scores, blockers, actions, answers } = section;
  return (
    <View>
      <View wrap={false}>
        <Text style={base.h2}>{section.heading}</Text>
        <Text style={base.text}>{section.intro}</Text>
        <Text style={base.h3}>{scores.heading}</Text>
        <View style={base.table}>
          <View style={base.tableHeader}>
            <Text style={[base.headerCell, styles.measure]}>{scores.columns.measure}</Text>
            <Text style={[base.headerCell, styles.value]}>{scores.columns.earlier}</Text>
            <Text style={[base.headerCell, styles.value]}>{scores.columns.now}</Text>
            <Text style={[base.headerCell, styles.change]}>{scores.columns.change}</Text>
          </View>
          {scores.rows.map((row) => (
            <View key={row.id} style={base.tableRow}>
              <Text style={[base.cell, styles.measure]}>{row.measure}</Text>
              <Text style={[base.cell, styles.value]}>{row.earlier}</Text>
              <Text style={[base.cell, styles.value]}>{row.now}</Text>
              <Text style={[base.cell, styles.change]}>{row.change}</Text>
            </View>
          ))}
        </View>
      </View>
      <Text style={base.h3}>{blockers.heading}</Text>
      <List sub heading={blockers.cleared.heading} items={blockers.cleared.items} none={section.none} />
      <List sub heading={blockers.added.heading} items={blockers.added.items} none={section.none} />
      <List heading={actions.heading} intro={actions.intro} items={actions.items} none={section.none} />
      <Text style={base.h3}>{answers.heading}</Text>
      {answers.rows.length > 0 ? (
        <View style={base.table}>
          <View style={base.tableHeader}>
            <Text style={[base.headerCell, styles.question]}>{answers.columns.question}</Text>
            <Text style={[base.headerCell, styles.answer]}>{answers.columns.earlier}</Text>
            <Text style={[base.headerCell, styles.answer]}>{answers.columns.now}</Text>
          </View>
          {answers.rows.map((row) => (
            <View key={row.id} style={base.tableRow} wrap={false}>
              <Text style={[base.cell, styles.question]}>{row.question}</Text>
              <Text style={[base.cell, styles.answer]}>{row.earlier}</Text>
              <Text style={[base.cell, styles.answer]}>{row.now}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
