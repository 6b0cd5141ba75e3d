import { Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReportModel } from "@/lib/report/report-model";
import { fillText } from "@/lib/report/report-texts";
import { FONT_FAMILY } from "./fonts";
import { colors, fontSizes, page } from "./theme";

const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: fontSizes.body,
    color: colors.text,
    paddingTop: page.marginTop,
    paddingBottom: page.marginBottom,
    paddingHorizontal: page.marginX,
  },
  headerRule: {
    position: "absolute",
    top: 30,
    left: page.marginX,
    right: page.marginX,
    height: 3,
    borderTopWidth: 2,
    borderTopColor: colors.primary,
    borderBottomWidth: 0.5,
    borderBottomColor: colors.primaryDark,
  },
  footer: {
    position: "absolute",
    bottom: 26,
    left: page.marginX,
    right: page.marginX,
    flexDirection: "row",
    alignItems: "flex-end",
    paddingTop: 5,
    borderTopWidth: 0.5,
    borderTopColor: colors.border,
  },
  footerText: { flex: 1, fontSize: fontSizes.small, color: colors.muted, paddingRight: 12 },
  pageNumber: { width: 80, textAlign: "right", fontSize: fontSizes.small, color: colors.muted },
});

interface ReportPageProps {
  model: Pick<ReportModel, "footer" | "texts">;
  children: ReactNode;
}

interface ChromeProps extends ReportPageProps {
  pageNumber?: number;
  totalPages?: number;
}

/**
 * The header rule and the running footer around a page's content. react-pdf runs it for every
 * page and pagination pass, so it holds as little text as it can: the header is a rule only.
 */
function PageChrome({ model, children, pageNumber, totalPages }: ChromeProps) {
  const { footer, texts } = model;
  return (
    <>
      <View style={styles.headerRule} />
      {children}
      <View style={styles.footer}>
        <Text style={styles.footerText}>
          {footer.projectTitle.replace(/\s+/g, " ")} · {footer.date} · {footer.productName}
        </Text>
        <Text style={styles.pageNumber}>
          {fillText(texts.pageOf, { page: pageNumber ?? 1, total: totalPages ?? 1 })}
        </Text>
      </View>
    </>
  );
}

/**
 * An A4 page of the report with the header rule, the running footer and the page number. The
 * content flows over as many pages as it needs (react-pdf's layout engine: measured once, packed
 * into pages, far faster than re-laying out the rest at every page break).
 */
export function ReportPage({ model, children }: ReportPageProps) {
  return (
    <Page
      size={page.size}
      style={styles.page}
      wrap
      layout={({ children: content, pageNumber, totalPages }) => (
        <PageChrome model={model} pageNumber={pageNumber} totalPages={totalPages}>
          {content}
        </PageChrome>
      )}
    >
      {children}
    </Page>
  );
}
