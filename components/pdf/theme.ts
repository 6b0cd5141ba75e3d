import { StyleSheet } from "@react-pdf/renderer";

/** Colours of Det Fælles Designsystem (dkfds/dist/scss/values/colors/_fds-colors.scss). */
export const colors = {
  ink: "#1a1a1a",
  text: "#333333",
  muted: "#454545",
  subtle: "#707070",
  border: "#BFBFBF",
  rule: "#DCDCDC",
  surface: "#F5F5F5",
  primary: "#004D99",
  primaryDark: "#000040",
  infoLight: "#e2f2fb",
  info: "#1B86C3",
  success: "#358000",
  successLight: "#ddf7ce",
  warning: "#febb30",
  warningLight: "#ffeecc",
  error: "#CC0000",
  errorLight: "#ffe0e0",
} as const;

export const fontSizes = {
  small: 7.2,
  body: 8.3,
  lead: 10.5,
  h3: 10,
  h2: 12.5,
  h1: 17,
  display: 26,
} as const;

/** A4 with generous margins; the bottom margin leaves room for the footer. */
export const page = {
  size: "A4",
  marginX: 46,
  marginTop: 50,
  marginBottom: 58,
} as const;

/** Styles shared by every section: text, headings, lists and tables. */
export const base = StyleSheet.create({
  text: { fontSize: fontSizes.body, lineHeight: 1.3, color: colors.text },
  muted: { fontSize: fontSizes.small, lineHeight: 1.3, color: colors.muted },
  lead: { fontSize: fontSizes.lead, lineHeight: 1.45, color: colors.ink, marginBottom: 12 },
  strong: { fontWeight: 600, color: colors.ink },
  h1: {
    fontSize: fontSizes.h1,
    fontWeight: 600,
    color: colors.primaryDark,
    marginBottom: 8,
    lineHeight: 1.2,
  },
  h2: {
    fontSize: fontSizes.h2,
    fontWeight: 600,
    color: colors.primaryDark,
    marginTop: 12,
    marginBottom: 4,
    lineHeight: 1.25,
  },
  h3: {
    fontSize: fontSizes.h3,
    fontWeight: 600,
    color: colors.ink,
    marginTop: 8,
    marginBottom: 3,
    lineHeight: 1.3,
  },
  paragraph: { marginBottom: 6 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12, fontSize: fontSizes.body, color: colors.primary },
  listText: { flex: 1, fontSize: fontSizes.body, lineHeight: 1.45, color: colors.text },
  table: { borderTopWidth: 1, borderTopColor: colors.border, marginBottom: 8 },
  tableHeader: {
    flexDirection: "row",
    backgroundColor: colors.surface,
    borderBottomWidth: 1,
    borderBottomColor: colors.border,
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: colors.rule },
  cell: {
    paddingVertical: 2.5,
    paddingHorizontal: 5,
    fontSize: fontSizes.body,
    lineHeight: 1.4,
    color: colors.text,
  },
  headerCell: {
    paddingVertical: 3,
    paddingHorizontal: 5,
    fontSize: fontSizes.small,
    fontWeight: 600,
    color: colors.ink,
  },
});
