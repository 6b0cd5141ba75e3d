import { Text, View } from "@react-pdf/renderer";
import type { SummaryModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { AdviceList } from "./advice-list";
import { BlockerList } from "./blocker-list";
import { LevelBox } from "./level-box";
import { CompactAction } from "./compact-action";
import { base } from "./theme";

interface SummarySectionProps {
  summary: SummaryModel;
  texts: ReportTexts;
}

/** One page to read first: level, score, blockers, the three pieces of advice and the top actions. */
export function SummarySection({ summary, texts }: SummarySectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.summaryHeading}</Text>
      <LevelBox summary={summary} texts={texts} />
      <Text style={base.h2} minPresenceAhead={40}>
        {texts.blockersHeading}
      </Text>
      <BlockerList blockers={summary.blockers} texts={texts} />
      <Text style={base.h2} minPresenceAhead={40}>
        {texts.adviceHeading}
      </Text>
      <AdviceList advice={summary.advice} />
      <Text style={base.h2} minPresenceAhead={40}>
        {texts.topActionsHeading}
      </Text>
      {summary.topActions.length === 0 ? <Text style={base.text}>{texts.topActionsNone}</Text> : null}
      {summary.topActions.map((item) => (
        <CompactAction key={item.rank} item={item} />
      ))}
    </View>
  );
}
