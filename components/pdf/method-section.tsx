import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { MethodModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  sourceTitle: { fontWeight: 600, color: colors.ink },
  citations: { fontSize: fontSizes.small, lineHeight: 1.3, color: colors.muted },
  versions: { fontSize: fontSizes.small, color: colors.muted, marginTop: 6 },
});

interface MethodSectionProps {
  method: MethodModel;
  texts: ReportTexts;
}

/** How the figures are computed and where the content comes from. */
export function MethodSection({ method, texts }: MethodSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.methodHeading}</Text>
      {method.paragraphs.map((paragraph) => (
        <View key={paragraph.heading} wrap={false} style={{ marginBottom: 3 }}>
          <Text style={base.muted}>
            <Text style={base.strong}>{paragraph.heading}. </Text>
            {paragraph.text}
          </Text>
        </View>
      ))}
      <Text style={base.h3} minPresenceAhead={40}>
        {texts.methodSourcesHeading}
      </Text>
      <Text style={styles.citations}>
        {method.sources.map((source, index) => (
          <Text key={source.title}>
            {index > 0 ? " · " : ""}
            <Text style={styles.sourceTitle}>{source.title}</Text>
            {` (${source.citations.join("; ")})`}
          </Text>
        ))}
      </Text>
      <Text style={styles.versions}>{method.versions}</Text>
      {method.glyphNote ? <Text style={styles.versions}>{method.glyphNote}</Text> : null}
    </View>
  );
}
