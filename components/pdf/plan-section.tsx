import { Text, View } from "@react-pdf/renderer";
import type { PlanGroupModel } from "@/lib/report/build-management-summary";
import type { ReportTexts } from "@/lib/report/report-texts";
import { PlanItem } from "./plan-item";
import { base } from "./theme";

interface PlanSectionProps {
  heading: string;
  lead: string;
  groups: readonly PlanGroupModel[];
  texts: ReportTexts;
}

/**
 * The plan's actions that the summary does not list, as a checklist grouped by when each must be
 * done. Numbers are the actions' places in the whole plan, so the two parts read as one list.
 */
export function PlanSection({ heading, lead, groups, texts }: PlanSectionProps) {
  return (
    <View>
      <Text style={base.h1} minPresenceAhead={120}>
        {heading}
      </Text>
      <Text style={[base.text, base.paragraph]}>{lead}</Text>
      {groups.map((group) => (
        <View key={group.gate}>
          <Text style={base.h3} minPresenceAhead={50}>
            {group.gate}
          </Text>
          {group.items.map((item) => (
            <PlanItem key={item.rank} item={item} texts={texts} />
          ))}
        </View>
      ))}
    </View>
  );
}
