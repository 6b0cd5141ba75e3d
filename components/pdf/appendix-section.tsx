import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ManagementTexts } from "@/lib/report/management-texts";
import type { AppendixModel, AppendixQuestionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  number: { width: "6%" },
  question: { width: "52%" },
  answer: { width: "42%" },
  row: { flexDirection: "row" },
  item: { borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  cell: {
    paddingVertical: 1.6,
    paddingHorizontal: 4,
    fontSize: fontSizes.small,
    lineHeight: 1.3,
    color: colors.text,
  },
  answered: { color: colors.ink, fontWeight: 600 },
  special: { fontStyle: "italic", color: colors.muted },
  note: { marginLeft: "58%", paddingTop: 0 },
  noteLabel: { fontWeight: 600, fontStyle: "normal", color: colors.ink },
  section: {
    fontSize: fontSizes.body,
    fontWeight: 600,
    color: colors.primaryDark,
    paddingTop: 5,
    paddingBottom: 1.5,
    paddingHorizontal: 4,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.border,
  },
});

function AnswerRow({ item, texts }: { item: AppendixQuestionModel; texts: ReportTexts }) {
  return (
    // The question and its answer stay together (with the note's first lines); the note is a
    // paragraph of its own below the answer, so that a long one goes on over the next page
    // rather than running over the footer.
    <View style={styles.item}>
      <View style={styles.row} wrap={false} minPresenceAhead={item.note ? 20 : 0}>
        <Text style={[styles.cell, styles.number]}>{item.number}</Text>
        <Text style={[styles.cell, styles.question]}>{item.question}</Text>
        <Text
          style={[styles.cell, styles.answer, item.state === "answered" ? styles.answered : styles.special]}
        >
          {item.answer}
        </Text>
      </View>
      {item.note ? (
        <Text style={[styles.cell, styles.note]}>
          <Text style={styles.noteLabel}>{texts.note}: </Text>
          {item.note}
        </Text>
      ) : null}
    </View>
  );
}

interface AppendixSectionProps {
  appendix: AppendixModel;
  texts: ReportTexts;
  management: ManagementTexts;
}

/** Every question with its answer and note in one compact table, and the full project description. */
export function AppendixSection({ appendix, texts, management }: AppendixSectionProps) {
  return (
    <View>
      <Text style={base.h1} minPresenceAhead={120}>
        {texts.appendixHeading}
      </Text>
      <Text style={[base.text, base.paragraph]}>{texts.appendixLead}</Text>
      {appendix.description ? (
        <View>
          <Text style={base.h3} minPresenceAhead={30}>
            {texts.appendixDescription}
          </Text>
          <Text style={[base.text, base.paragraph]}>{appendix.description}</Text>
        </View>
      ) : null}
      <View style={base.table}>
        <View style={base.tableHeader}>
          <Text style={[base.headerCell, styles.number]}>{management.columnNumber}</Text>
          <Text style={[base.headerCell, styles.question]}>{texts.columnQuestion}</Text>
          <Text style={[base.headerCell, styles.answer]}>{management.columnAnswerAndNote}</Text>
        </View>
        {appendix.sections.map((section) => (
          <View key={section.title}>
            <Text style={styles.section} minPresenceAhead={24}>
              {section.title}
            </Text>
            {section.questions.map((item) => (
              <AnswerRow key={item.number} item={item} texts={texts} />
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
