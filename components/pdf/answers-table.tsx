import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ScoredAnswerRowModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors } from "./theme";

const styles = StyleSheet.create({
  question: { flex: 5 },
  answer: { flex: 4 },
  points: { width: 78, textAlign: "right" },
  special: { fontStyle: "italic", color: colors.muted },
});

interface AnswersTableProps {
  rows: readonly ScoredAnswerRowModel[];
  texts: ReportTexts;
}

/** The answers behind a score: question, chosen answer and the points it earned. */
export function AnswersTable({ rows, texts }: AnswersTableProps) {
  if (rows.length === 0) return <Text style={base.text}>{texts.answersNone}</Text>;
  return (
    <View style={base.table}>
      <View style={base.tableHeader} minPresenceAhead={36}>
        <Text style={[base.headerCell, styles.question]}>{texts.columnQuestion}</Text>
        <Text style={[base.headerCell, styles.answer]}>{texts.columnAnswer}</Text>
        <Text style={[base.headerCell, styles.points]}>{texts.columnPoints}</Text>
      </View>
      {rows.map((row, index) => (
        <View key={index} style={base.tableRow} wrap={false}>
          <Text style={[base.cell, styles.question]}>{row.question}</Text>
          <Text style={[base.cell, styles.answer, row.state === "answered" ? {} : styles.special]}>
            {row.answer}
          </Text>
          <Text style={[base.cell, styles.points]}>{row.points}</Text>
        </View>
      ))}
    </View>
  );
}
