import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { PrerequisiteSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { AnswersTable } from "./answers-table";
import { LessonBox } from "./lesson-box";
import { CompactAction } from "./compact-action";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  separated: { marginTop: 22, paddingTop: 14, borderTopWidth: 1.5, borderTopColor: colors.primary },
  kicker: {
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.primary,
    textTransform: "uppercase",
    letterSpacing: 0.6,
    marginBottom: 2,
  },
  scoreLine: { flexDirection: "row", alignItems: "flex-end", marginBottom: 8 },
  score: { fontSize: 15, fontWeight: 600, color: colors.ink, marginRight: 10 },
  answered: { fontSize: fontSizes.body, color: colors.muted, paddingBottom: 2 },
});

interface PrerequisiteSectionProps {
  section: PrerequisiteSectionModel;
  texts: ReportTexts;
  /** Follows another section on the same page: set apart by a rule. */
  separated: boolean;
}

/** One prerequisite: its score, the answers behind it, what to do, and the closest case's lesson. */
export function PrerequisiteSection({ section, texts, separated }: PrerequisiteSectionProps) {
  return (
    <View style={separated ? styles.separated : {}}>
      <View wrap={false} minPresenceAhead={120}>
        <Text style={styles.kicker}>{texts.prerequisitesPart}</Text>
        <Text style={base.h1}>{section.title}</Text>
        <View style={styles.scoreLine}>
          <Text style={styles.score}>{section.scoreText}</Text>
          <Text style={styles.answered}>{section.answeredText}</Text>
        </View>
      </View>
      <Text style={[base.text, base.paragraph]}>{section.description}</Text>
      <Text style={base.h2} minPresenceAhead={80}>
        {texts.answersHeading}
      </Text>
      <AnswersTable rows={section.answers} texts={texts} />
      <Text style={base.h2} minPresenceAhead={40}>
        {texts.recommendationsHeading}
      </Text>
      {section.recommendations.length === 0 ? (
        <Text style={base.text}>{texts.recommendationsNone}</Text>
      ) : null}
      {section.recommendations.map((item) => (
        <CompactAction key={item.rank} item={item} showSection={false} />
      ))}
      <LessonBox lesson={section.lesson} texts={texts} />
    </View>
  );
}
