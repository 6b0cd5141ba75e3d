import { Text, View } from "@react-pdf/renderer";
import type { PlanItemModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { PlanItem } from "./plan-item";
import { base } from "./theme";

interface PlanSectionProps {
  plan: readonly PlanItemModel[];
  texts: ReportTexts;
}

/** The whole improvement plan as a checklist, grouped by when each action must be done. */
export function PlanSection({ plan, texts }: PlanSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.planHeading}</Text>
      <Text style={base.lead}>{texts.planLead}</Text>
      {plan.length === 0 ? <Text style={base.text}>{texts.planNone}</Text> : null}
      {plan.map((item, index) => (
        <View key={item.rank}>
          {item.gate !== plan[index - 1]?.gate ? (
            <Text style={base.h2} minPresenceAhead={60}>
              {item.gate}
            </Text>
          ) : null}
          <PlanItem item={item} questionLabel={texts.planQuestion} />
        </View>
      ))}
    </View>
  );
}
