import { describe, expect, it } from "vitest";
import { buildBusinessCaseReportSection } from "./build-report-section";
import { atpEstimate, naestvedEstimate } from "./fixtures";

describe("buildBusinessCaseReportSection", () => {
  it("is left out when the document holds no estimate", () => {
    expect(buildBusinessCaseReportSection(undefined, "da")).toBeNull();
  });

  it("writes the estimate's range in the report's language", () => {
    const da = buildBusinessCaseReportSection(atpEstimate, "da");
    expect(da?.basis).toContain("diskonteringsrente på 3,5 %");
    expect(da?.rows.find((row) => row.label === "Tilbagebetalingstid")).toMatchObject({
      mostLikely: "6 mdr.",
    });
    const en = buildBusinessCaseReportSection(naestvedEstimate, "en");
    expect(en?.rows.find((row) => row.label === "Investment")?.mostLikely).toBe("DKK\u00a0400,000");
  });
});
