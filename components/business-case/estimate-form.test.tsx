// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithAssessment } from "@/components/assessment/test-utils";
import type { BusinessCaseEstimate } from "@/lib/schemas/business-case-estimate";
import { EstimateForm } from "./estimate-form";

const sources = { horizon: "5 år er værktøjets udgangspunkt.", discountRate: "Finansministeriet: 3,5 %." };

function renderForm(onSave: (estimate: BusinessCaseEstimate) => boolean) {
  return renderWithAssessment(
    <EstimateForm
      stored={undefined}
      defaults={{ horizonYears: 5, discountRatePercent: 3.5, casesPerYear: { min: 10_000, max: 100_000 } }}
      volumeLabel="10.000–100.000"
      sources={sources}
      onSave={onSave}
    />,
    { page: "businessCase" },
  );
}

/** Types the three points of the fieldset named `legend`. */
async function fillPoints(
  user: ReturnType<typeof userEvent.setup>,
  legend: string,
  values: [string, string, string],
) {
  const group = screen.getByRole("group", { name: legend });
  const inputs = group.querySelectorAll("input");
  for (const [index, value] of values.entries()) {
    const input = inputs[index]!;
    await user.clear(input);
    if (value) await user.type(input, value);
  }
}

async function fillValidEstimate(user: ReturnType<typeof userEvent.setup>) {
  await fillPoints(user, "Afprøvning (kr.)", ["100.000", "150.000", "200.000"]);
  await fillPoints(user, "Produktionsmodning (kr.)", ["200.000", "250.000", "400.000"]);
  await fillPoints(user, "Implementering (kr.)", ["0", "50.000", "100.000"]);
  await fillPoints(user, "Årlig drift og vedligehold (kr. om året)", ["100.000", "150.000", "200.000"]);
  await fillPoints(user, "Sager om året", ["10.000", "20.000", "100.000"]);
  await fillPoints(user, "Minutter sparet pr. sag", ["2", "5", "10"]);
  await fillPoints(user, "Timepris (kr. pr. time)", ["400", "450", "500"]);
  await user.type(screen.getByLabelText("Andel af gevinsten i første år (%)"), "50");
  await user.type(screen.getByLabelText("Hele gevinsten fra år"), "3");
}

describe("EstimateForm", () => {
  it("prefills the sourced defaults and the profile's volume band, and nothing else", () => {
    renderForm(() => true);
    expect(screen.getByLabelText("Diskonteringsrente (% om året)")).toHaveProperty("value", "3,5");
    expect(screen.getByLabelText("Periode (år)")).toHaveProperty("value", "5");
    const cases = screen.getByRole("group", { name: "Sager om året" }).querySelectorAll("input");
    expect([...cases].map((input) => input.value)).toEqual(["10.000", "", "100.000"]);
    expect(screen.getByText(/Udfyldt ud fra jeres svar i profilen \(10\.000–100\.000\)/)).toBeTruthy();
  });

  it("shows what is wrong next to each bad field and saves nothing", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => true);
    renderForm(onSave);
    await fillValidEstimate(user);
    await fillPoints(user, "Årlig drift og vedligehold (kr. om året)", ["100.000", "150.000", "120.000"]);
    await fillPoints(user, "Afprøvning (kr.)", ["-5", "150.000", "200.000"]);
    await fillPoints(user, "Implementering (kr.)", ["0", "50.000", "99.000.000.000"]);
    await user.click(screen.getByRole("button", { name: "Gem og beregn" }));

    expect(onSave).not.toHaveBeenCalled();
    const maxField = screen
      .getByRole("group", { name: "Årlig drift og vedligehold (kr. om året)" })
      .querySelectorAll("input")[2]!;
    expect(maxField.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(maxField.getAttribute("aria-describedby") ?? "")?.textContent).toContain(
      "Maksimum kan ikke være under mest sandsynligt.",
    );
    expect(screen.getAllByText("Tallet kan ikke være negativt.").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Tallet er urimeligt stort: højst 10\.000\.000\.000/).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole("alert").textContent).toContain("Maksimum kan ikke være under mest sandsynligt.");
  });

  it("hands a valid estimate, read the Danish way, to be saved", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_estimate: BusinessCaseEstimate) => true);
    renderForm(onSave);
    await fillValidEstimate(user);
    await user.click(screen.getByRole("button", { name: "Gem og beregn" }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const estimate = onSave.mock.calls[0]?.[0];
    expect(estimate?.investment.trial).toEqual({ min: 100_000, mostLikely: 150_000, max: 200_000 });
    expect(estimate?.gain).toMatchObject({
      kind: "time",
      casesPerYear: { min: 10_000, mostLikely: 20_000, max: 100_000 },
    });
    expect(estimate?.discountRatePercent).toBe(3.5);
    expect(await screen.findByText("Skønnet er gemt i jeres vurdering i denne browser.")).toBeTruthy();
  });
});
