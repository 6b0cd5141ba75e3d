import { Text, View } from "@react-pdf/renderer";
import type { AppendixModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { AppendixQuestion } from "./appendix-question";
import { base } from "./theme";

interface AppendixSectionProps {
  appendix: AppendixModel;
  texts: ReportTexts;
}

/** Every question with its answer and note, and the full project description. */
export function AppendixSection({ appendix, texts }: AppendixSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.appendixHeading}</Text>
      <Text style={base.lead}>{texts.appendixLead}</Text>
      {appendix.description ? (
        <View>
          <Text style={base.h2} minPresenceAhead={40}>
            {texts.appendixDescription}
          </Text>
          <Text style={base.text}>{appendix.description}</Text>
        </View>
      ) : null}
      {appendix.sections.map((section) => (
        <View key={section.title}>
          <Text style={base.h2} minPresenceAhead={60}>
            {section.title}
          </Text>
          {section.questions.map((item) => (
            <AppendixQuestion key={item.number} item={item} texts={texts} />
          ))}
        </View>
      ))}
    </View>
  );
}
