import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { AppendixQuestionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  item: { paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  row: { flexDirection: "row" },
  number: { width: 30, fontSize: fontSizes.small, color: colors.muted, paddingTop: 1 },
  question: {
    flex: 1,
    fontSize: fontSizes.body,
    lineHeight: 1.4,
    color: colors.ink,
  },
  answer: { color: colors.primaryDark, fontWeight: 600 },
  special: { fontStyle: "italic", color: colors.muted },
  note: {
    fontSize: fontSizes.small,
    lineHeight: 1.4,
    color: colors.text,
    marginTop: 2,
    marginLeft: 30,
    paddingLeft: 6,
    borderLeftWidth: 1.5,
    borderLeftColor: colors.border,
  },
  noteLabel: { fontWeight: 600 },
});

interface AppendixQuestionProps {
  item: AppendixQuestionModel;
  texts: ReportTexts;
}

/**
 * One question of the appendix with its answer and the project's note, printed as plain text. The
 * question and its answer stay together with the note's first lines; a note longer than the rest
 * of the page goes on over the next, rather than running off the page.
 */
export function AppendixQuestion({ item, texts }: AppendixQuestionProps) {
  return (
    <View style={styles.item}>
      <View style={styles.row} wrap={false} minPresenceAhead={item.note ? 24 : 0}>
        <Text style={styles.number}>{item.number}</Text>
        {/* One paragraph for question and answer: fewer boxes to lay out on every page. */}
        <Text style={styles.question}>
          {item.question}
          {"\n"}
          <Text style={item.state === "answered" ? styles.answer : styles.special}>{item.answer}</Text>
        </Text>
      </View>
      {item.note ? (
        <Text style={styles.note}>
          <Text style={styles.noteLabel}>{texts.note}: </Text>
          {item.note}
        </Text>
      ) : null}
    </View>
  );
}
