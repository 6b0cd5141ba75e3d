import { Text, View } from "@react-pdf/renderer";
import type { CaseModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { CaseCard } from "./case-card";
import { base } from "./theme";

interface CasesSectionProps {
  cases: readonly CaseModel[];
  /** When fewer of the cases are close than shown, the sentence that says so. */
  closeness: string | null;
  texts: ReportTexts;
}

/** The three published cases most like the project. */
export function CasesSection({ cases, closeness, texts }: CasesSectionProps) {
  return (
    <View>
      <Text style={base.h1}>{texts.casesHeading}</Text>
      <Text style={base.lead}>{texts.casesLead}</Text>
      {cases.length === 0 ? <Text style={base.text}>{texts.casesNone}</Text> : null}
      {closeness ? <Text style={base.text}>{closeness}</Text> : null}
      {cases.map((study) => (
        <CaseCard key={study.rank} study={study} texts={texts} />
      ))}
    </View>
  );
}
