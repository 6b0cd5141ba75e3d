import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { MethodModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { base, colors, fontSizes } from "./theme";

const styles = StyleSheet.create({
  source: { marginBottom: 4 },
  sourceTitle: { fontSize: fontSizes.body, fontWeight: 600, color: colors.ink },
  citations: { fontSize: fontSizes.small, lineHeight: 1.4, color: colors.muted },
  versions: { fontSize: fontSizes.small, color: colors.muted, marginTop: 10 },
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
        <View key={paragraph.heading} wrap={false}>
          <Text style={base.h3}>{paragraph.heading}</Text>
          <Text style={base.text}>{paragraph.text}</Text>
        </View>
      ))}
      <Text style={base.h3} minPresenceAhead={40}>
        {texts.methodSourcesHeading}
      </Text>
      {method.sources.map((source) => (
        <View key={source.title} style={styles.source} wrap={false}>
          <Text style={styles.sourceTitle}>{source.title}</Text>
          <Text style={styles.citations}>{source.citations.join("; ")}</Text>
        </View>
      ))}
      <Text style={styles.versions}>{method.versions}</Text>
      {method.glyphNote ? <Text style={styles.versions}>{method.glyphNote}</Text> : null}
    </View>
  );
}
