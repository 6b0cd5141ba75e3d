/** Reports are dated as in Denmark, whatever time zone the server runs in. */
const REPORT_TIME_ZONE = "Europe/Copenhagen";

/** The calendar date (YYYY-MM-DD) of a moment in Danish time. */
export function toReportDate(moment: Date): string {
  if (Number.isNaN(moment.getTime())) throw new RangeError("not a valid date");
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: REPORT_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
