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

  it("says the range and the payback in one sentence for the results page, months written out", () => {
    const da = buildBusinessCaseReportSection(atpEstimate, "da");
    const npv = da?.rows.find((row) => row.label === "Nutidsværdi");
    expect(da?.summary).toContain(
      `nutidsværdi ${npv?.min} til ${npv?.max} (mest sandsynligt ${npv?.mostLikely})`,
    );
    expect(da?.summary).toMatch(/Tilbagebetalingstid: .*6 måneder/);
    const en = buildBusinessCaseReportSection(atpEstimate, "en");
    expect(en?.summary).toMatch(/^Your own estimate over \d+ years: net present value /);
    expect(en?.summary).toMatch(/Payback: .*6 months/);
  });
});
