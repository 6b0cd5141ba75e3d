import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { PrerequisiteSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  box: {
    backgroundColor: colors.infoLight,
    borderLeftWidth: 3,
    borderLeftColor: colors.info,
    padding: 9,
    marginTop: 4,
  },
  heading: { fontSize: fontSizes.small, fontWeight: 600, color: colors.primaryDark, marginBottom: 3 },
  source: { fontSize: fontSizes.small, color: colors.muted, marginTop: 3 },
});

interface LessonBoxProps {
  lesson: PrerequisiteSectionModel["lesson"];
  texts: ReportTexts;
}

/** What the closest case learned about this prerequisite. */
export function LessonBox({ lesson, texts }: LessonBoxProps) {
  return (
    <View style={styles.box} wrap={false}>
      <Text style={styles.heading}>{texts.lessonHeading}</Text>
      {lesson ? (
        <>
          <Text style={base.text}>{lesson.text}</Text>
          <Text style={styles.source}>{lesson.caseName}</Text>
        </>
      ) : (
        <Text style={base.text}>{texts.lessonNone}</Text>
      )}
    </View>
  );
}
