import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { AppendixQuestionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  row: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  number: { width: 30, fontSize: fontSizes.small, color: colors.muted, paddingTop: 1 },
  body: { flex: 1 },
  question: { fontSize: fontSizes.body, lineHeight: 1.4, color: colors.ink },
  answer: { color: colors.primaryDark, fontWeight: 600 },
  special: { fontStyle: "italic", color: colors.muted },
  note: {
    fontSize: fontSizes.small,
    lineHeight: 1.4,
    color: colors.text,
    marginTop: 2,
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

/** One question of the appendix with its answer and the project's note, printed as plain text. */
export function AppendixQuestion({ item, texts }: AppendixQuestionProps) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.number}>{item.number}</Text>
      <View style={styles.body}>
        {/* One paragraph for question and answer: fewer boxes to lay out on every page. */}
        <Text style={styles.question}>
          {item.question}
          {"\n"}
          <Text style={item.state === "answered" ? styles.answer : styles.special}>{item.answer}</Text>
        </Text>
        {item.note ? (
          <Text style={styles.note}>
            <Text style={styles.noteLabel}>{texts.note}: </Text>
            {item.note}
          </Text>
        ) : null}
      </View>
    </View>
  );
}
