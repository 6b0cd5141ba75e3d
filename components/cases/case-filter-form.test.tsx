// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithIntl } from "@/components/ui/render-with-intl.test-helper";
import { cases } from "@/content/cases";
import { vocabulary } from "@/content/vocabulary";
import { ActiveFilters } from "./active-filters";
import { CaseFilterForm } from "./case-filter-form";
import { listFilterChoices, noFilters } from "./case-filters";

const choices = listFilterChoices(cases, vocabulary);
afterEach(cleanup);

describe("CaseFilterForm", () => {
  it("is a plain GET form to the catalogue, so filtering works without JavaScript", () => {
    renderWithIntl(<CaseFilterForm action="/da/cases" choices={choices} filters={noFilters} locale="da" />);
    const form = screen.getByRole("form", { name: "Filtrer cases" });
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/da/cases");
    expect(within(form).getByRole("button", { name: "Vis cases" }).getAttribute("type")).toBe("submit");
  });

  it("has a labelled choice for technology, domain and status, each starting with 'all'", () => {
    renderWithIntl(<CaseFilterForm action="/da/cases" choices={choices} filters={noFilters} locale="da" />);
    const technology = screen.getByLabelText<HTMLSelectElement>("Teknologi");
    expect(technology.name).toBe("technology");
    expect(technology.options[0]?.textContent).toBe("Alle teknologier");
    expect(screen.getByLabelText<HTMLSelectElement>("Fagområde").name).toBe("domain");
    const status = screen.getByLabelText<HTMLSelectElement>("Status");
    expect([...status.options].map((option) => option.textContent)).toEqual([
      "Alle",
      "I drift",
      "Ikke i drift",
    ]);
  });

  it("shows the chosen filters as selected after the page reloads", () => {
    renderWithIntl(
      <CaseFilterForm
        action="/en/cases"
        choices={choices}
        filters={{ technology: "ocr", domain: null, status: "not-in-operation" }}
        locale="en"
      />,
      "en",
    );
    expect(screen.getByLabelText<HTMLSelectElement>("Technology").value).toBe("ocr");
    expect(screen.getByLabelText<HTMLSelectElement>("Domain").value).toBe("");
    expect(screen.getByLabelText<HTMLSelectElement>("Status").value).toBe("not-in-operation");
  });
});

describe("ActiveFilters", () => {
  it("lists each chosen filter as a link that removes just that filter", () => {
    renderWithIntl(
      <ActiveFilters
        basePath="/da/cases"
        choices={choices}
        filters={{ technology: "ocr", domain: "social-benefits", status: null }}
        locale="da"
      />,
    );
    const remove = screen.getByRole("link", { name: /Fjern filteret Teknologi: Tekstgenkendelse \(OCR\)/ });
    expect(remove.getAttribute("href")).toBe("/da/cases?domain=social-benefits");
  });

  it("shows nothing when no filter is chosen", () => {
    const { container } = renderWithIntl(
      <ActiveFilters basePath="/da/cases" choices={choices} filters={noFilters} locale="da" />,
    );
    expect(container.textContent).toBe("");
  });
});
