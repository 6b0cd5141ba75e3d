import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ChartModel, PrerequisiteSectionModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { RadarChart } from "./radar-chart";
import { ScoreTable } from "./score-table";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  side: { flexDirection: "row", alignItems: "center" },
  table: { flex: 1, paddingLeft: 8 },
  lesson: { paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  lessonTitle: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink },
  source: { fontSize: fontSizes.small, color: colors.muted },
});

interface ChartSectionProps {
  chart: ChartModel;
  prerequisites: readonly PrerequisiteSectionModel[];
  lessonsHeading: string;
  texts: ReportTexts;
}

/**
 * The five scores as a radar chart with the same figures in a table below it, and what the
 * closest case learned about each prerequisite. The answers behind the scores are in the
 * appendix, the actions in the plan: neither is repeated here.
 */
export function ChartSection({ chart, prerequisites, lessonsHeading, texts }: ChartSectionProps) {
  const lessons = prerequisites.filter((section) => section.lesson !== null);
  return (
    <View>
      <View wrap={false}>
        <Text style={base.h1}>{texts.chartHeading}</Text>
        <Text style={[base.text, base.paragraph]}>{texts.chartLead}</Text>
        <View style={styles.side}>
          <RadarChart chart={chart} />
          <View style={styles.table}>
            <ScoreTable chart={chart} texts={texts} />
          </View>
        </View>
      </View>
      {lessons.length > 0 ? (
        <View>
          <Text style={base.h2} minPresenceAhead={50}>
            {lessonsHeading}
          </Text>
          {lessons.map((section) => (
            <View key={section.id} style={styles.lesson} wrap={false}>
              <Text style={base.text}>
                <Text style={styles.lessonTitle}>{section.title}: </Text>
                {section.lesson?.text}
                <Text style={styles.source}> ({section.lesson?.caseName})</Text>
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
