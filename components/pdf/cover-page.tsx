import { Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { CoverModel } from "@/lib/report/report-model";
import type { ReportTexts } from "@/lib/report/report-texts";
import { FONT_FAMILY } from "./fonts";
import { colors, fontSizes, page } from "./theme";

const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, color: colors.text, paddingBottom: 56 },
  band: {
    backgroundColor: colors.primaryDark,
    paddingHorizontal: page.marginX,
    paddingTop: 44,
    paddingBottom: 22,
  },
  product: { fontSize: 14, fontWeight: 700, color: "#ffffff", letterSpacing: 0.5 },
  reportTitle: { fontSize: fontSizes.lead, color: "#ffffff", marginTop: 2 },
  body: { paddingHorizontal: page.marginX, paddingTop: 44, flexGrow: 1 },
  label: {
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.primary,
    textTransform: "uppercase",
    letterSpacing: 0.6,
    marginBottom: 4,
  },
  title: {
    fontSize: fontSizes.display,
    fontWeight: 600,
    color: colors.primaryDark,
    lineHeight: 1.2,
    marginBottom: 18,
  },
  organisation: { fontSize: 14, color: colors.ink, marginBottom: 24 },
  description: { fontSize: fontSizes.body, lineHeight: 1.5, color: colors.text, marginBottom: 4 },
  continues: { fontSize: fontSizes.small, fontStyle: "italic", color: colors.muted, marginBottom: 20 },
  lead: {
    fontSize: fontSizes.lead,
    lineHeight: 1.5,
    color: colors.ink,
    marginTop: 16,
    paddingLeft: 10,
    borderLeftWidth: 3,
    borderLeftColor: colors.primary,
  },
  facts: {
    marginHorizontal: page.marginX,
    borderTopWidth: 1.5,
    borderTopColor: colors.primary,
    paddingTop: 8,
  },
  fact: { flexDirection: "row", paddingVertical: 2.5 },
  factLabel: { width: 130, fontSize: fontSizes.body, fontWeight: 600, color: colors.ink },
  factValue: { flex: 1, fontSize: fontSizes.body, color: colors.text },
});

/** Long titles get a smaller size, so that the cover always fits on one page. */
function titleSize(title: string): number {
  if (title.length > 140) return 16;
  if (title.length > 70) return 20;
  return fontSizes.display;
}

interface CoverPageProps {
  cover: CoverModel;
  texts: ReportTexts;
}

/** The cover: product, report title, the project and the versions the figures come from. */
export function CoverPage({ cover, texts }: CoverPageProps) {
  return (
    <Page size={page.size} style={styles.page}>
      <View style={styles.band}>
        <Text style={styles.product}>{texts.productName}</Text>
        <Text style={styles.reportTitle}>{texts.reportTitle}</Text>
      </View>
      <View style={styles.body}>
        <Text style={styles.label}>{texts.coverProject}</Text>
        <Text style={[styles.title, { fontSize: titleSize(cover.projectTitle) }]}>{cover.projectTitle}</Text>
        <Text style={styles.label}>{texts.coverOrganisation}</Text>
        <Text
          style={[
            styles.organisation,
            (cover.organisation?.length ?? 0) > 80 ? { fontSize: fontSizes.lead } : {},
          ]}
        >
          {cover.organisation ?? texts.notStated}
        </Text>
        {cover.description ? (
          <View>
            <Text style={styles.label}>{texts.coverDescription}</Text>
            <Text style={styles.description}>{cover.description}</Text>
            {cover.descriptionShortened ? (
              <Text style={styles.continues}>{texts.coverDescriptionContinues}</Text>
            ) : null}
          </View>
        ) : null}
        <Text style={styles.lead}>{texts.coverLead}</Text>
      </View>
      <View style={styles.facts}>
        {cover.facts.map((fact) => (
          <View key={fact.label} style={styles.fact}>
            <Text style={styles.factLabel}>{fact.label}</Text>
            <Text style={styles.factValue}>{fact.value}</Text>
          </View>
        ))}
      </View>
    </Page>
  );
}
