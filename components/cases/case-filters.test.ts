import { describe, expect, it } from "vitest";
import { cases } from "@/content/cases";
import { vocabulary } from "@/content/vocabulary";
import { buildFilterHref, filterCases, listFilterChoices, noFilters, parseCaseFilters } from "./case-filters";

const choices = listFilterChoices(cases, vocabulary);
const idsOf = (list: { id: string }[]) => list.map((study) => study.id);

describe("listFilterChoices", () => {
  it("offers only technologies and domains that some case has, so no choice alone gives an empty list", () => {
    const technologies = choices.technology.map((option) => option.value);
    expect(technologies).toContain("computer-vision");
    expect(technologies).toContain("ocr");
    expect(technologies).not.toContain("generative-ai");
    expect(choices.domain.map((option) => option.value)).not.toContain("education");
  });

  it("keeps the vocabulary's order and labels in both languages", () => {
    const [first] = choices.technology;
    expect(first?.value).toBe("computer-vision");
    expect(first?.label.da).toBe("Computer vision (billedanalyse)");
    expect(first?.label.en).toBe("Computer vision (image analysis)");
  });
});

describe("filterCases", () => {
  it("shows all six cases in the catalogue's order without filters", () => {
    expect(idsOf(filterCases(cases, noFilters))).toEqual([
      "naestved",
      "region-hovedstaden",
      "skatteforvaltningen",
      "atp",
      "faxe",
      "prenaital",
    ]);
  });

  it("finds the cases that use a technology, also when they use others too", () => {
    const shown = filterCases(cases, { ...noFilters, technology: "computer-vision" });
    expect(idsOf(shown)).toEqual(["naestved", "region-hovedstaden", "faxe", "prenaital"]);
  });

  it("combines filters: health cases not in operation", () => {
    const shown = filterCases(cases, { technology: null, domain: "health", status: "not-in-operation" });
    expect(idsOf(shown)).toEqual(["prenaital"]);
  });

  it("can end with no cases when the filters exclude each other", () => {
    expect(filterCases(cases, { technology: "ocr", domain: "health", status: null })).toEqual([]);
  });
});

describe("parseCaseFilters", () => {
  it("reads the filters from the address", () => {
    const { filters, ignored } = parseCaseFilters(
      { technology: "ocr", domain: "social-benefits", status: "in-operation" },
      choices,
    );
    expect(filters).toEqual({ technology: "ocr", domain: "social-benefits", status: "in-operation" });
    expect(ignored).toEqual([]);
  });

  it('treats an empty choice ("all") as no filter', () => {
    expect(parseCaseFilters({ technology: "", domain: "", status: "" }, choices).filters).toEqual(noFilters);
  });

  it("does not apply values it does not know, and says which filters it left out", () => {
    const { filters, ignored } = parseCaseFilters({ technology: "blockchain", status: "retired" }, choices);
    expect(filters).toEqual(noFilters);
    expect(ignored).toEqual(["technology", "status"]);
  });

  it("uses the first value when a filter appears twice in the address", () => {
    expect(parseCaseFilters({ domain: ["health", "administration"] }, choices).filters.domain).toBe("health");
  });
});

describe("buildFilterHref", () => {
  it("keeps the other filters when one is removed", () => {
    const href = buildFilterHref("/da/cases", { technology: null, domain: "health", status: "in-operation" });
    expect(href).toBe("/da/cases?domain=health&status=in-operation");
  });

  it("gives the plain catalogue address without filters", () => {
    expect(buildFilterHref("/en/cases", noFilters)).toBe("/en/cases");
  });
});
