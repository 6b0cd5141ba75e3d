import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ConsensusSectionModel } from "@/lib/report/build-consensus-section";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  item: { marginBottom: 8 },
  answer: { fontSize: fontSizes.small, color: colors.muted, lineHeight: 1.4 },
  settled: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink, marginTop: 2 },
});

/** The questions a project group disagreed on, each participant's answer and the group's choice. */
export function ConsensusSection({ section }: { section: ConsensusSectionModel }) {
  return (
    <View>
      <Text style={base.h2}>{section.heading}</Text>
      <Text style={base.text}>{section.intro}</Text>
      <Text style={base.text}>{section.participants}</Text>
      {section.items.map((item) => (
        <View key={item.question} style={styles.item} wrap={false}>
          <Text style={base.h3}>{item.question}</Text>
          {item.answers.map((answer, index) => (
            <Text key={index} style={styles.answer}>
              {answer.participant}: {answer.answer}
            </Text>
          ))}
          <Text style={styles.settled}>
            {item.settledLabel}: {item.settled}
          </Text>
        </View>
      ))}
    </View>
  );
}
