// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { QuestionnaireView } from "./questionnaire-view";
import { renderWithAssessment } from "./test-utils";

// Rendering the whole questionnaire in jsdom is slow on a busy machine; this is no speed test.
vi.setConfig({ testTimeout: 30_000 });

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

describe("a question in the questionnaire", () => {
  it("is a fieldset with the question as its legend, its help text and its options", () => {
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    const group = screen.getByRole("group", { name: "Har I data til løsningen?" });
    expect(within(group).getByText("Tænk på både træning og drift.")).toBeTruthy();
    const radios = within(group)
      .getAllByRole("radio")
      .map((radio) => radio.getAttribute("value"));
    expect(radios).toEqual(["no", "yes", "dont-know", "not-applicable"]);
    expect(within(group).getByRole("radio", { name: "Ved ikke" })).toBeTruthy();
    expect(within(group).getByRole("radio", { name: "Ikke relevant" })).toBeTruthy();
  });

  it("folds the help and the case example behind »Hjælp og eksempel«, unfolded where the content says so", () => {
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    const group = screen.getByRole("group", { name: "Har I data til løsningen?" });
    const help = within(group).getByText("Hjælp og eksempel").closest("details");
    expect(help?.open).toBe(false);
    expect(help?.textContent).toContain("Tænk på både træning og drift.");
    expect(help?.textContent).toContain("ATP genbrugte sine data");
    cleanup();

    renderWithAssessment(<QuestionnaireView step="profile-solution" />);
    const hard = screen.getByRole("group", { name: "Hvilken rolle får AI'en i arbejdsgangen?" });
    expect(within(hard).getByText("Hjælp og eksempel").closest("details")?.open).toBe(true);
  });

  it("shows the case example with the case's organisation and a link to the case", () => {
    renderWithAssessment(<QuestionnaireView step="data-technology" />);
    const group = screen.getByRole("group", { name: "Har I data til løsningen?" });
    expect(within(group).getByText(/ATP genbrugte sine data/)).toBeTruthy();
    const link = within(group).getByRole("link", { name: /Læs casen fra ATP/ });
    expect(link.getAttribute("href")).toBe("/da/cases/atp");
  });

  it("offers no special answers where the question does not", () => {
    renderWithAssessment(<QuestionnaireView step="profile" />);
    const group = screen.getByRole("group", { name: "Hvilken type organisation står bag projektet?" });
    expect(within(group).queryByRole("radio", { name: "Ved ikke" })).toBeNull();
    expect(within(group).queryByRole("radio", { name: "Ikke relevant" })).toBeNull();
  });

  it("uses checkboxes for a profile question that takes several values", () => {
    renderWithAssessment(<QuestionnaireView step="profile-solution" />);
    const group = screen.getByRole("group", { name: "Hvilken AI-teknologi forventer I at bruge?" });
    expect(within(group).getAllByRole("checkbox").length).toBeGreaterThan(3);
    expect(within(group).queryAllByRole("radio")).toHaveLength(0);
    expect(within(group).getByRole("checkbox", { name: "Ved ikke" })).toBeTruthy();
  });

  it("is written in English on the English pages", () => {
    renderWithAssessment(<QuestionnaireView step="data-technology" />, { locale: "en" });
    const group = screen.getByRole("group", { name: "Do you have data for the solution?" });
    expect(within(group).getByRole("radio", { name: "Don't know" })).toBeTruthy();
    expect(within(group).getByRole("radio", { name: "Not applicable" })).toBeTruthy();
    expect(within(group).getByRole("link", { name: /Read the case from ATP/ })).toBeTruthy();
  });
});
