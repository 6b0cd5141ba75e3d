import { Text, View } from "@react-pdf/renderer";
import type { FindingModel } from "@/lib/report/report-model";
import { RuleRefs } from "./rule-refs";
import { base } from "./theme";

interface FindingListProps {
  findings: readonly FindingModel[];
  /** Said when there are no findings. */
  empty: string;
}

/** Legal findings, each with the rules it rests on. */
export function FindingList({ findings, empty }: FindingListProps) {
  if (findings.length === 0) return <Text style={base.text}>{empty}</Text>;
  return (
    <View>
      {findings.map((finding, index) => (
        <View key={index} style={{ marginBottom: 4 }}>
          <View style={base.listItem}>
            <Text style={base.bullet}>•</Text>
            <Text style={base.listText}>{finding.text}</Text>
          </View>
          <RuleRefs rules={finding.rules} />
        </View>
      ))}
    </View>
  );
}
