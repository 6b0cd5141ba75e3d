import { Text, View } from "@react-pdf/renderer";
import type { PlanItemModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { PlanItem } from "./plan-item";
import { base } from "./theme";

interface PlanSectionProps {
  plan: readonly PlanItemModel[];
  texts: ReportTexts;
}

/** The whole improvement plan as a ranked checklist. */
export function PlanSection({ plan, texts }: PlanSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.planHeading}</Text>
      <Text style={base.lead}>{texts.planLead}</Text>
      {plan.length === 0 ? <Text style={base.text}>{texts.planNone}</Text> : null}
      {plan.map((item) => (
        <PlanItem key={item.rank} item={item} questionLabel={texts.planQuestion} />
      ))}
    </View>
  );
}
