// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithIntl } from "@/components/ui/render-with-intl.test-helper";
import { caseById } from "@/content/cases";
import { CaseEconomics } from "./case-economics";

afterEach(cleanup);

/** The text of the amount cell in the row with this heading. */
function amountIn(rowName: string): string {
  const row = screen.getByRole("rowheader", { name: rowName }).closest("tr");
  return (row?.querySelectorAll("td")[0]?.textContent ?? "").replaceAll("\u00a0", " ");
}

describe("CaseEconomics", () => {
  it("writes the organisation's amounts Danish-style in Danish", () => {
    renderWithIntl(<CaseEconomics study={caseById("naestved")} locale="da" />);
    expect(amountIn("Investering")).toBe("400.000 kr.");
    expect(amountIn("Årlig drift og vedligehold")).toBe("1.440.000 kr.");
    expect(amountIn("Årlig besparelse")).toBe("2.510.000–3.860.000 kr.");
  });

  it("writes them English-style in English", () => {
    renderWithIntl(<CaseEconomics study={caseById("naestved")} locale="en" />, "en");
    expect(amountIn("Investment")).toBe("DKK 400,000");
    expect(amountIn("Annual saving")).toBe("DKK 2,510,000–3,860,000");
  });

  it("says why a figure is missing instead of showing a number", () => {
    const study = caseById("region-hovedstaden");
    renderWithIntl(<CaseEconomics study={study} locale="da" />);
    const saving = study.economics.annualSaving;
    expect(saving.kind).toBe("not-stated");
    expect(amountIn("Årlig besparelse")).not.toMatch(/\d/);
    expect(amountIn("Årlig besparelse")).toBe("Kan ikke opgøres for sig");
  });

  it("names the table for screen readers after the organisation", () => {
    renderWithIntl(<CaseEconomics study={caseById("faxe")} locale="da" />);
    expect(screen.getByRole("table", { name: "Økonomi som oplyst af Faxe Kommune" })).toBeTruthy();
  });
});
